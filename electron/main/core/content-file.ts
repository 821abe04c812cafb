/**
 * Settings → Content → "Load a pack from a file…": main shows the open dialog and reads the file
 * (the window can do neither), then hands the text to the store, which checks it completely and
 * answers a preview. Nothing changes until the learner applies that preview (`content:apply`).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_PACK_BYTES } from '../../../shared/content/update-schema';
import { fail, type Result } from '../../../shared/ipc/result';
import type { ResponseOf } from '../../../shared/ipc/contract';
import type { MainHandlers } from './ipc-router';
import type { StoreCalls } from './store-calls';

export interface ContentFileDeps {
  store: StoreCalls;
  /** The open dialog for a pack file; null when cancelled. */
  chooseOpenPath(): Promise<string | null>;
}

export function createContentFile(deps: ContentFileDeps) {
  return {
    async choose(): Promise<Result<ResponseOf<'content:choose-file'>>> {
      const source = await deps.chooseOpenPath();
      if (source === null) return { ok: true, value: null };
      const fileName = path.basename(source);
      let text: string;
      try {
        const size = (await stat(source)).size;
        if (size > MAX_PACK_BYTES) {
          return fail('payload-too-large', `${fileName} is ${(size / 1024 / 1024).toFixed(1)} MB; a content pack is far smaller (at most ${MAX_PACK_BYTES / 1024 / 1024} MB). Nothing was changed.`);
        }
        text = await readFile(source, 'utf8');
      } catch (error) {
        return fail('not-found', `${fileName} could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}). Nothing was changed.`);
      }
      return deps.store.call('content:check-file', { text, fileName });
    },
  };
}

export function contentFileChannels(contentFile: ReturnType<typeof createContentFile>): Pick<MainHandlers, 'content:choose-file'> {
  return { 'content:choose-file': () => contentFile.choose() };
}
