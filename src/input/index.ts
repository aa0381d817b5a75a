/** Turns what a user hands dyad (plain text or an HTML page) into the article text `extract` reads. */
import { htmlToText, looksLikeHtml } from './html.js';

export interface PreparedInput {
  text: string;
  title: string | null;
  /** True when the text was extracted from HTML: offsets then refer to `text`, which the output carries. */
  fromHtml: boolean;
}

export function prepareInput(input: string, raw: string, html: 'auto' | boolean = 'auto'): PreparedInput {
  if (html === true || (html === 'auto' && looksLikeHtml(raw))) {
    const article = htmlToText(input, raw);
    return { text: article.text, title: article.title, fromHtml: true };
  }
  return { text: raw, title: null, fromHtml: false };
}

export { htmlToText, looksLikeHtml };
