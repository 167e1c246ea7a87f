import type { JSONContent } from '@tiptap/core';
import { b, cite, doc, h2, h3, li, p, ul } from '../src/core/document/builders';

const SENTENCES = [
  'Lupus is a long-term condition in which the immune system attacks healthy tissue.',
  'Many people notice joint pain, tiredness and a rash across the cheeks and nose.',
  'In a small study of 15 patients, symptoms improved after a single infusion.',
  'Researchers followed the group for around 15 months, which is still a short time.',
  'Side effects included fever, low blood pressure and a temporary drop in blood counts.',
  'Talk to your doctor before changing any medicine you take for lupus.',
  'The treatment is experimental and is only available within clinical trials.',
  'Larger trials are needed to know how safe and effective the approach is.',
  'Standard treatments such as hydroxychloroquine remain the first choice for most people.',
  'If you have chest pain or sudden breathlessness, call emergency services straight away.',
];

/** A realistic article of about `words` words: headings, paragraphs, lists and citations. */
export function longArticle(
  words = 20_000,
  sourceIds: string[] = ['s1', 's2', 's3', 's4'],
): JSONContent {
  const blocks: JSONContent[] = [];
  let count = 0;
  let sentence = 0;
  let section = 0;
  while (count < words) {
    if (blocks.length % 12 === 0) {
      section += 1;
      blocks.push(h2(`Section ${section}: what the evidence says`));
      count += 6;
    } else if (blocks.length % 12 === 6) {
      blocks.push(h3(`Part ${section}.2 in more detail`));
      count += 5;
    }
    if (blocks.length % 7 === 3) {
      blocks.push(
        ul(
          li(...b('Fatigue:'), ' very common.'),
          li(...b('Fever:'), ' usually in the first week.'),
        ),
      );
      count += 9;
      continue;
    }
    const parts: (string | JSONContent)[] = [];
    for (let i = 0; i < 6; i += 1) {
      const text = SENTENCES[sentence % SENTENCES.length] ?? '';
      sentence += 1;
      parts.push(`${text} `);
      count += text.split(' ').length;
      if (i === 2) parts.push(cite(sourceIds[sentence % sourceIds.length] ?? 's1'), ' ');
    }
    blocks.push(p(...parts));
  }
  return doc(...blocks);
}
