// The dateline that opens a wire story's first paragraph: where and (often) when it was filed, and by whom.
// It is never part of a sentence's subject, nor a person's name ("Metro Manila (CNN Philippines, March 1) —").

// "Tbilisi (AFP) - ", "MINSK, 3 March (BelTA) – ", "BALI, Indonesia, July 23 (Yonhap) -- ", "NAIROBI - ": a dateline
// opening a paragraph.
// Also PTI's "New Delhi, Nov 10 External Affairs Minister …" (no dash: the date, then a capital), and a full date
// before the dash: "Addis Abeba, February 3/ 2022 – ", "Kigali, 3 February 2022 — ". And a date alone before the agency:
// "Dec 29 (Reuters) - ".
export const DATELINE_PREFIX = /^(?:\p{Lu}[\p{L}.'’ -]{1,30}?,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s*|\/\s?)\d{4}\s*[-–—]+|\p{Lu}[\p{L}.'’ -]{1,40}?(?:,\s*[^()\n,]{1,30}?){0,2}\s*\([^()\n]{1,40}\)\s*[-–—]+|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*\([^()\n]{1,40}\)\s*[-–—]+|\p{Lu}[\p{Lu}.'’ ]{1,40}(?:,\s*\p{Lu}[\p{Lu}.'’ ]{1,30})?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*[-–—]+|\p{Lu}[\p{L}.'’ -]{1,30}?,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?=\s+\p{Lu}))\s+/u;
