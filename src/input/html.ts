/**
 * HTML articles: the readable article text (Readability over linkedom), paragraphs kept as blank-line
 * separated blocks. dyad's offsets then refer to this text, which the output carries as `document.text`.
 */
import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import { dyadError } from '../errors.js';

let linkedom: typeof ParseHTML | null = null;

/** linkedom's parser, loaded on the first HTML input (it costs a tenth of a second to load). */
function parseHTML(html: string): ReturnType<typeof ParseHTML> {
  linkedom ??= (createRequire(import.meta.url)('linkedom') as { parseHTML: typeof ParseHTML }).parseHTML;
  return linkedom(html);
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt';

/** True when the text is an HTML page or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<(?:div|p|section|main)[\s>])/i.test(
    text.slice(0, 2000),
  );
}

export interface HtmlArticle {
  text: string;
  title: string | null;
}

interface Node {
  textContent: string | null;
  remove(): void;
}
interface Root {
  querySelectorAll(selector: string): ArrayLike<Node>;
  textContent: string | null;
}

const NOT_TEXT = 'script, style, noscript, template, svg, nav, header, footer, aside, form';

function blocksOf(root: Root): string {
  const parts: string[] = [];
  const nodes = root.querySelectorAll(BLOCKS);
  for (let i = 0; i < nodes.length; i++) {
    const t = (nodes[i]?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t && !parts.includes(t)) parts.push(t);
  }
  if (parts.length) return parts.join('\n\n');
  return (root.textContent ?? '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n\n')
    .trim();
}

/** The article text of an HTML page; a page with no readable text is an error that names the input. */
export function htmlToText(input: string, html: string): HtmlArticle {
  let article: { title?: string | null; content?: string | null } | null = null;
  let fallback = '';
  let title: string | null = null;
  try {
    const page = parseHTML(html).document;
    if (page.body) {
      const body = page.body as unknown as Root;
      const noise = body.querySelectorAll(NOT_TEXT);
      for (let i = 0; i < noise.length; i++) noise[i]?.remove();
      fallback = blocksOf(body);
    }
    const { document } = parseHTML(html);
    title = document.title?.trim() || null;
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch {
    article = null;
  }
  let text = '';
  if (article?.content) {
    const { document } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = document.body ? blocksOf(document.body as unknown as Root) : '';
  }
  if (text.length < fallback.length / 4) text = fallback;
  if (!text.trim()) throw dyadError('MALFORMED_HTML', input);
  return { text, title: article?.title?.trim() || title };
}
