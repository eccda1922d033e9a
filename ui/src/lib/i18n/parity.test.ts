import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

describe('translations', () => {
  const frLeaves = leaves(fr as Tree);
  const enLeaves = leaves(en as Tree);

  it('have exactly the same keys in French and English', () => {
    expect(enLeaves.map(([key]) => key).sort()).toEqual(frLeaves.map(([key]) => key).sort());
  });

  it('have no empty or non-text values', () => {
    for (const [key, value] of [...frLeaves, ...enLeaves]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    const english = new Map(enLeaves);
    for (const [key, value] of frLeaves) {
      expect(placeholders(english.get(key)), key).toEqual(placeholders(value));
    }
  });

  it('write French with its accents and typographic quotes', () => {
    const text = frLeaves.map(([, value]) => value).join(' ');
    for (const word of ['stratégie', 'équipe interfonctionnelle', 'objectif principal', 'écoute sociale', 'entonnoir', 'calendrier éditorial', 'plan de chaînes']) {
      expect(text.toLowerCase()).toContain(word);
    }
  });
});
