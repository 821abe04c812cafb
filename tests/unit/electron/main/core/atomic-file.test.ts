import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../../../electron/main/core/atomic-file';

let dir: string | null = null;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

describe('writeFileAtomically', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'mle-atomic-'));
    const target = path.join(dir, 'calendar.ics');
    await writeFile(target, 'old');
    await writeFileAtomically(target, 'new text');
    await writeFileAtomically(path.join(dir, 'bytes.pdf'), new Uint8Array([37, 80, 68, 70]));
    expect(await readFile(target, 'utf8')).toBe('new text');
    expect(await readFile(path.join(dir, 'bytes.pdf'), 'utf8')).toBe('%PDF');
    expect((await readdir(dir)).sort()).toEqual(['bytes.pdf', 'calendar.ics']);
  });

  it('on failure throws the file system error, keeps the old file and cleans up', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'mle-atomic-'));
    // The rename fails: the target is a folder. The temporary file was written and must go.
    const target = path.join(dir, 'taken');
    await mkdir(target);
    await expect(writeFileAtomically(target, 'x')).rejects.toMatchObject({ code: expect.stringMatching(/^E/) });
    expect(await readdir(dir)).toEqual(['taken']);
    await expect(writeFileAtomically(path.join(dir, 'missing', 'calendar.ics'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
