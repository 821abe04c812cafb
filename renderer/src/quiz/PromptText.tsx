/** A question's text with its `code` spans in the monospace face. */
import { promptParts } from './quiz-model';

export function PromptText({ text }: { text: string }) {
  return (
    <>
      {promptParts(text).map((part, i) => (part.code ? <code key={i}>{part.text}</code> : <span key={i}>{part.text}</span>))}
    </>
  );
}
