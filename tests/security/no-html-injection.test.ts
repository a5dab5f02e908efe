import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The viewer shows text from links, dropped files and the embedding page. React escapes what it
 * renders, and the Content Security Policy forbids eval, so the only ways left to turn text into
 * markup or code are the APIs below. None is used, and none may creep in: each would be an
 * injection path (HTML parsing) or a CSP violation (string-to-code). Nothing is allow-listed.
 * The scan reads the syntax tree, so a comment that names an API is no finding and a bracketed
 * `el['innerHTML']` is one.
 */
const HTML_SINKS = new Set(['dangerouslySetInnerHTML', 'innerHTML', 'outerHTML', 'insertAdjacentHTML']);
const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const nameOf = (n: ts.Node): string | null =>
  ts.isIdentifier(n) || ts.isStringLiteralLike(n) ? n.text : ts.isPropertyAccessExpression(n) ? n.name.text : null;

/** Findings in one file's text, as "line: what". */
function findSinks(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const report = (n: ts.Node, what: string) =>
    found.push(`${file.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${what}`);
  const visit = (n: ts.Node): void => {
    // A property name, a bracketed key or a JSX attribute: each is an identifier or a string.
    if ((ts.isIdentifier(n) || ts.isStringLiteralLike(n)) && HTML_SINKS.has(n.text)) report(n, n.text);
    if ((ts.isCallExpression(n) || ts.isNewExpression(n)) && n.expression) {
      const callee = nameOf(n.expression);
      if (callee === 'eval' || callee === 'Function') report(n, `${ts.isNewExpression(n) ? 'new ' : ''}${callee}(...)`);
      if (
        ts.isPropertyAccessExpression(n.expression) &&
        /^write(ln)?$/.test(callee ?? '') &&
        nameOf(n.expression.expression) === 'document'
      )
        report(n, `document.${callee}(...)`);
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  return found;
}

describe('no HTML or code made from strings in src/', () => {
  it('the scan finds each kind of sink (so an empty result means something)', () => {
    const bad = [
      'el.innerHTML = s;',
      "el['outerHTML'] = s;",
      "el.insertAdjacentHTML('beforeend', s);",
      'document.write(s);',
      'eval(s);',
      'window.eval(s);',
      "new Function('return 1');",
      "Function('return 1')();",
    ].join('\n');
    expect(findSinks('bad.ts', bad).map((f) => f.split(': ')[1])).toEqual([
      'innerHTML',
      'outerHTML',
      'insertAdjacentHTML',
      'document.write(...)',
      'eval(...)',
      'eval(...)',
      'new Function(...)',
      'Function(...)',
    ]);
    expect(findSinks('bad.tsx', 'const x = <div dangerouslySetInnerHTML={{ __html: s }} />;')).toEqual([
      '1: dangerouslySetInnerHTML',
    ]);
    expect(findSinks('fine.ts', "// innerHTML, eval(s) and new Function in a comment\nconst s = 'text';")).toEqual([]);
  });

  it('src/ uses none of them', () => {
    const findings = sourceFiles(src).flatMap((f) =>
      findSinks(f, readFileSync(f, 'utf8')).map((x) => `${relative(root, f)}:${x}`),
    );
    expect(findings).toEqual([]);
  });
});
