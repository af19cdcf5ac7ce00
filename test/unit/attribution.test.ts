/** Who claims a figure, in prose: wording from the claimant's kind, figures chosen by rule. */
import { describe, expect, test } from 'vitest';
import { according, attributed, claimantGroups, claimantName } from '../../src/story/attribution.ts';
import { headline, peak, qualified, spread, type Obs } from '../../src/story/figures.ts';

describe('according', () => {
  test('an official body or organisation is "according to"; a news outlet in its own voice is "as reported by"', () => {
    expect(according({ claimant: 'CENTCOM', claimantKind: 'official' })).toBe('according to CENTCOM');
    expect(according({ claimant: 'UN OCHA', claimantKind: 'international-organisation' })).toBe('according to UN OCHA');
    expect(according({ claimant: 'Shafaq News', claimantKind: 'media' })).toBe('as reported by Shafaq News');
  });

  test('the outlet a claimant spoke to, or was reported by, is named as such', () => {
    expect(claimantName('Fuad Hussein, Iraqi foreign minister (to Reuters)')).toBe(
      'Fuad Hussein, Iraqi foreign minister, speaking to Reuters',
    );
    expect(claimantName('UN OCHA (via VOA)')).toBe('UN OCHA, as reported by VOA');
    expect(according({ claimant: 'Iraqi migration ministry (via Rudaw)', claimantKind: 'official' })).toBe(
      'according to the Iraqi migration ministry, as reported by Rudaw',
    );
    expect(according({ claimant: 'UN (via Rudaw)', claimantKind: 'international-organisation' })).toBe(
      'according to the UN, as reported by Rudaw',
    );
    expect(according({ claimant: "CENTCOM; Iraq's armed forces spokesman", claimantKind: 'official' })).toBe(
      "according to CENTCOM and Iraq's armed forces spokesman",
    );
  });

  test('a figure below high confidence says so; a high-confidence one does not', () => {
    expect(attributed({ claimant: 'DZ Watch', claimantKind: 'media', confidence: 'low' })).toBe(
      'as reported by DZ Watch, a figure we hold with low confidence',
    );
    expect(attributed({ claimant: 'CENTCOM', claimantKind: 'official', confidence: 'high' })).toBe(
      'according to CENTCOM',
    );
    expect(attributed({ claimant: 'CENTCOM', claimantKind: 'official' }, 'medium')).toBe(
      'according to CENTCOM, a figure we hold with medium confidence',
    );
  });
});

test('groups of claimants are named by their kinds, officials first, never by typed wording', () => {
  const claims = [
    { claimant: 'Rudaw', claimantKind: 'media' as const },
    { claimant: 'CENTCOM', claimantKind: 'official' as const },
    { claimant: 'Shafaq News', claimantKind: 'media' as const },
  ];
  expect(claimantGroups(claims)).toBe('officials and news reports');
  expect(claimantGroups(claims.filter((c) => c.claimantKind === 'media'))).toBe('news reports');
});

describe('the figures prose quotes', () => {
  const obs = (date: string, value: number, o: Partial<Obs> = {}): Obs => ({
    date,
    value,
    qualifier: 'exact',
    claimant: 'X',
    claimantKind: 'media',
    ...o,
  });

  test('the headline total is the best-attested figure, not the latest or largest single report', () => {
    const series = [
      obs('2026-01-21', 150, { confidence: 'high' }),
      obs('2026-02-12', 5700, {
        qualifier: 'more-than',
        claimant: 'CENTCOM',
        claimantKind: 'official',
        confidence: 'high',
      }),
      obs('2026-02-13', 3000, { outlier: true, confidence: 'low' }),
      obs('2026-02-14', 5703, { confidence: 'medium' }),
      obs('2026-02-16', 5704, { confidence: 'low' }),
    ];
    const top = headline(series);
    expect(top.claimant).toBe('CENTCOM');
    expect(qualified(top)).toBe('more than 5,700');
  });

  test('a file-wide confidence applies where a figure gives none', () => {
    expect(headline([obs('2025', 10), obs('2026', 12, { confidence: 'low' })], 'high').value).toBe(10);
  });

  test('a peak skips outliers and low-confidence figures', () => {
    expect(
      peak([
        obs('2019-03', 73000),
        obs('2019-04', 75000, { qualifier: 'more-than' }),
        obs('2019-05', 90000, { confidence: 'low' }),
      ]).value,
    ).toBe(75000);
  });

  test("a spread covers the window at the dates' own precision and keeps its claims", () => {
    const s = spread(
      [obs('2025-12', 5), obs('2026-01', 9000), obs('2026-02', 7000, { valueMax: 12000 }), obs('2026-02-22', 0)],
      '2026-01',
      '2026-02-21',
    );
    expect(s.text).toBe('7,000 to 12,000');
    expect(s.claims).toHaveLength(2);
  });
});
