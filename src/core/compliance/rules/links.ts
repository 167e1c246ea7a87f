import type { BlockHit } from '../rule';
import type { CodeRuleFactory } from './registry';

const VAGUE = new Set([
  'click here',
  'here',
  'click',
  'read more',
  'more',
  'this link',
  'link',
  'this',
  'learn more',
  'find out more',
  'more info',
  'more information',
  'this page',
  'this article',
  'this website',
  'website',
  'go',
  'see here',
  'details',
]);

/** vague-link-text: "click here", "read more", or a bare address as a link's text. */
export const vagueLinkText: CodeRuleFactory = (base) => ({
  ...base,
  block: (block) => {
    const hits: BlockHit[] = [];
    for (const link of block.links) {
      const text = link.text
        .trim()
        .toLowerCase()
        .replace(/[.…:!]+$/, '');
      const bareAddress =
        /^(?:https?:\/\/|www\.|mailto:)/.test(text) || text === link.href.toLowerCase();
      if (VAGUE.has(text) || bareAddress) {
        hits.push({
          from: link.from,
          to: link.to,
          ...(bareAddress
            ? {
                message:
                  'A bare web address as link text is hard to read aloud and to scan. Name the destination instead, e.g. “NHS guide to lupus”.',
              }
            : {}),
        });
      }
    }
    return { hits };
  },
});
