// A deterministic hashing tokeniser for the transformer comparison: it gives
// token counts close to a WordPiece vocabulary's (a word of up to 5 letters is
// one token, longer words one token per 5 letters; each Han, kana, Hangul or
// Thai character, and each symbol, is a token) and ids in MiniLM's
// 30,522-entry range. Which ids does not matter for the timing; how many does.
// Runs in the browser (the bench's worker) and in Node.

export const VOCAB = 30522;
/** MiniLM sentence encoders truncate at 256 tokens (all-MiniLM-L6-v2 does). */
export const MAX_TOKENS = 256;
const CLS = 101n;
const SEP = 102n;
/** Ids below this are BERT's special and unused tokens. */
const FIRST_WORD_ID = 1000;
const PIECE = 5;

const PIECES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Token ids as MiniLM's input: [CLS] pieces... [SEP], at most maxTokens. */
export function tokenize(text, maxTokens = MAX_TOKENS) {
  const ids = [CLS];
  for (const [word] of text.normalize('NFKC').toLowerCase().matchAll(PIECES)) {
    const letters = Array.from(word);
    for (let at = 0; at < letters.length; at += PIECE) {
      if (ids.length >= maxTokens - 1) break;
      const piece = (at === 0 ? '' : '##') + letters.slice(at, at + PIECE).join('');
      ids.push(BigInt(FIRST_WORD_ID + (fnv1a(piece) % (VOCAB - FIRST_WORD_ID))));
    }
    if (ids.length >= maxTokens - 1) break;
  }
  ids.push(SEP);
  return BigInt64Array.from(ids);
}
