import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml, prepareInput } from '../src/input/index.js';
import { checkDocument } from '../src/schema.js';
import { dyad } from './helpers.js';

const PAGE = `<!doctype html><html><head><title>Ministers meet</title><script>var x = "Paris";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers meet in Ottawa</h1>
<p>Canada and Mexico agreed on Tuesday to expand border cooperation, officials said in Ottawa.</p>
<p>The two governments will meet again in the spring, a Canadian official said after the talks.</p>
<p>Mexico had criticized Canada in March for imposing new duties on steel imports from abroad.</p>
</article><footer>© Example News</footer></body></html>`;

describe('HTML input', () => {
  it.each([
    [PAGE, true],
    ['<p>One paragraph.</p>', true],
    ['  <html><body>x</body></html>', true],
    ['Canada and Mexico agreed on Tuesday.', false],
    ['The a < b comparison <p> appears later', false],
  ])('looksLikeHtml(%#) is %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });

  it('keeps the article text, drops scripts, navigation and footers, keeps paragraphs apart', () => {
    const { text, title } = htmlToText('page.html', PAGE);
    expect(title).toMatch(/Ministers meet/);
    expect(text).toContain('Canada and Mexico agreed on Tuesday');
    expect(text).toContain('\n\nThe two governments will meet again');
    expect(text).not.toMatch(/var x|Home|Example News/);
  });

  it('reads malformed HTML with unclosed tags', () => {
    const broken =
      '<html><body><div><p>Officials met in Geneva on Monday to discuss a ceasefire<p>Talks went on';
    expect(htmlToText('broken.html', broken).text).toMatch(/Officials met in Geneva on Monday/);
  });

  it('refuses a page with no readable text, naming the input', () => {
    expect(() => htmlToText('empty.html', '<html><body><script>x()</script></body></html>')).toThrow(
      /empty\.html: the HTML holds no readable article text/,
    );
  });

  it('leaves plain text alone', () => {
    expect(prepareInput('x', 'Plain text.')).toEqual({ text: 'Plain text.', title: null, fromHtml: false });
  });

  it('the CLI reads an HTML file and gives the text its offsets refer to', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-html-'));
    const file = join(dir, 'page.html');
    writeFileSync(file, PAGE);
    const r = dyad(['extract', file, '--published', '2024-05-15']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.document.title).toMatch(/Ministers meet/);
    expect(doc.document.text).toContain('Canada and Mexico agreed');
    expect(checkDocument(doc.document.text, doc)).toEqual([]);
  });

  it('JSONL lines may carry html instead of text', () => {
    const lines = [
      JSON.stringify({ id: 'h1', html: PAGE, publishedAt: '2024-05-15' }),
      JSON.stringify({ id: 'h2', html: '<html><body></body></html>' }),
    ];
    const out = dyad(['extract', '--jsonl', '-'], lines.join('\n'))
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out[0].document.text).toContain('border cooperation');
    expect(out[1].error).toMatch(/"h2": the HTML holds no readable article text/);
  });
});
