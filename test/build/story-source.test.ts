/**
 * The story's prose types no fact: the text written in src/story/sections/ holds no date, year or
 * figure; those come from data through the story model. Ids (kebab-case, e.g. an event id that
 * ends in its year) are references, not prose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { expect, test } from 'vitest';

const DIR = 'src/story/sections';
const MONTHS = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const YEAR = /\b(19|20)\d\d\b/;
const FIGURE = /\b\d[\d,.]*\s*(km|kilometres|people|detainees|families|days|weeks|months|years|%)/;
const COUNT_WORD =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(lines|days|weeks|months|years)\b/i;

/** The text of every string literal and template part in a file, with its line. */
function prose(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node))
      out.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    if (ts.isTemplateExpression(node)) {
      visit(node.head);
      for (const span of node.templateSpans) {
        visit(span.expression);
        visit(span.literal);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `${DIR}/${f}`);
const literals = files.flatMap((file) => prose(file).map((p) => ({ ...p, file })));

test('reads the prose of every section file', () => {
  expect(files.length).toBeGreaterThan(3);
  expect(literals.length).toBeGreaterThan(100);
  expect(literals.some((l) => l.text.includes('the border’s length was given as'))).toBe(true);
});

test('no date, year or figure is typed into the story’s prose', () => {
  const typed = literals
    .filter(({ text }) => !/^[a-z0-9-]+$/.test(text))
    .filter(({ text }) => MONTHS.test(text) || YEAR.test(text) || FIGURE.test(text) || COUNT_WORD.test(text))
    .map(({ file, line, text }) => `${file}:${line}: ${text}`);
  expect(typed).toEqual([]);
});
