import { describe, expect, it } from 'vitest';
import { nameFromId, providerText, retiredText } from '../../../../renderer/src/certifications/cert-facts';
import { contentOf } from '../../../../renderer/src/shared/content';
import { builtInPack } from '../../../../shared/content/pack';
import { loadPack } from '../../../../shared/content/load';
import { createDisplayFormat } from '../../../../shared/locale/display-format';

const gb = createDisplayFormat(['en-GB']);
const us = createDisplayFormat(['en-US']);

const loaded = loadPack(builtInPack);
if (!loaded.ok) throw new Error(loaded.errors.join('; '));
const content = contentOf(loaded.pack);

const cert = (id: string) => {
  const c = content.certification(id);
  if (!c) throw new Error(`no certification ${id}`);
  return c;
};

describe('retiredText', () => {
  it('prints a month-only retirement as the month, never a made-up day', () => {
    expect(retiredText(cert('cert.tensorflow.developer'), gb)).toBe('May 2024');
    expect(retiredText(cert('cert.tensorflow.developer'), gb, true)).toBe('in May 2024');
  });

  it('prints a day-precise retirement as the day', () => {
    expect(retiredText(cert('cert.aws.mls-c01'), gb)).toBe('31 Mar 2026');
    expect(retiredText(cert('cert.aws.mls-c01'), gb, true)).toBe('on 31 Mar 2026');
    expect(retiredText(cert('cert.aws.mls-c01'), us, true)).toBe('on Mar 31, 2026');
    expect(retiredText(cert('cert.aws.mla-c01'), gb)).toBeNull();
  });
});

describe('providerText', () => {
  it('says the provider is not stated instead of naming one the sources do not give', () => {
    expect(providerText(cert('cert.python-institute.pcep'))).toBe('Provider not stated');
    expect(providerText(cert('cert.aws.mla-c01'))).toBe('Amazon Web Services');
  });
});

describe('nameFromId', () => {
  it('reads a removed certification’s id as words, since its name left with the pack', () => {
    expect(nameFromId('cert.databricks.genai-engineer-associate')).toBe('Databricks genai engineer associate');
    expect(nameFromId('cert.aws.mla-c01')).toBe('Aws mla c01');
  });
});
