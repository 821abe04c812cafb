/**
 * Where review cards come from and what they show. An item is a content id and a kind; the kind
 * names a resolver that finds the item's text in the content pack. Cards come from a source: a
 * ticked milestone (`reviewItemsForMilestone`) or a certification whose practice questions the
 * learner answered (each answer is that question's review, see the store's quiz handler).
 * Pure and zod-free: types only from the schemas.
 */
import type { ContentPack } from '../content/schema';
import type { ReviewItemKind } from '../domain/review';

export interface ReviewItemRef {
  itemId: string;
  kind: ReviewItemKind;
}

/** What the Review screen shows before the learner answers. */
export interface ReviewPrompt {
  /** The statement to judge ("I can …") or the question. */
  text: string;
  /** Where it comes from, in words ("Ready for core machine learning?"). */
  context: string;
  /** Answer options for a question; null for a statement the learner grades themselves. */
  options: string[] | null;
}

/** The right answer of a question, shown once the learner has answered. */
export interface ReviewAnswer {
  correctIndex: number;
  explanation: string;
}

interface ReviewItemResolver {
  prompt(pack: ContentPack, itemId: string): ReviewPrompt | null;
  /** Null for a kind the learner grades themselves. */
  answer(pack: ContentPack, itemId: string): ReviewAnswer | null;
}

const RESOLVERS: Record<ReviewItemKind, ReviewItemResolver> = {
  'gate-statement': {
    prompt(pack, itemId) {
      for (const phase of pack.phases) {
        const item = phase.gate.items.find((i) => i.id === itemId);
        if (item) return { text: item.text, context: phase.gate.title, options: null };
      }
      return null;
    },
    answer: () => null,
  },
  'quiz-question': {
    prompt(pack, itemId) {
      const q = pack.quiz.find((i) => i.id === itemId);
      return q ? { text: q.prompt, context: 'Readiness quiz question', options: [...q.options] } : null;
    },
    answer(pack, itemId) {
      const q = pack.quiz.find((i) => i.id === itemId);
      return q ? { correctIndex: q.correctIndex, explanation: q.explanation } : null;
    },
  },
  'practice-question': {
    prompt(pack, itemId) {
      const q = pack.practice.find((i) => i.id === itemId);
      if (!q) return null;
      const cert = pack.certifications.find((c) => c.id === q.certId);
      return { text: q.prompt, context: `${cert?.code ?? cert?.name ?? 'Exam'} practice · ${q.focusArea}`, options: [...q.options] };
    },
    answer(pack, itemId) {
      const q = pack.practice.find((i) => i.id === itemId);
      return q ? { correctIndex: q.correctIndex, explanation: q.explanation } : null;
    },
  },
};

export function reviewPrompt(pack: ContentPack, item: ReviewItemRef): ReviewPrompt | null {
  return RESOLVERS[item.kind].prompt(pack, item.itemId);
}

export function reviewAnswer(pack: ContentPack, item: ReviewItemRef): ReviewAnswer | null {
  return RESOLVERS[item.kind].answer(pack, item.itemId);
}

/**
 * The items ticking a milestone puts in review: its phase's gate statements ("ready for the
 * next phase?") and the quiz questions of the phase's skill area, in content order. Empty for an
 * id the pack does not have.
 */
export function reviewItemsForMilestone(pack: ContentPack, milestoneId: string): ReviewItemRef[] {
  const phase = pack.phases.find((p) => p.milestones.some((m) => m.id === milestoneId));
  if (!phase) return [];
  return [
    ...phase.gate.items.map((i): ReviewItemRef => ({ itemId: i.id, kind: 'gate-statement' })),
    ...pack.quiz.filter((q) => q.area === phase.skillArea).map((q): ReviewItemRef => ({ itemId: q.id, kind: 'quiz-question' })),
  ];
}
