// Verb forms that end a subject noun phrase and carry no regular ending ("-ed", "-s") to show it:
// "Trump went after Bush", "Sanders took aim at …". General English, not tied to any text.

/** Irregular past-tense forms, and modals, common in news narrative (contractions with both apostrophes). */
export const IRREGULAR_VERBS: ReadonlySet<string> = new Set(
  ('went took made gave came got held met spoke told said wrote saw led sent left brought thought felt kept put set ran ' +
    'stood won lost began became sought struck threw drew fought paid sat hit let cut did rose broke chose hung knew ' +
    'grew shook stuck swore tore wore bore beat bit bought built caught dealt fed fled flew forgot forgave froze ' +
    'heard hid laid lent lit meant read rode rang sang sank slid sold shot shut spent split spread sprang stole ' +
    "swept swam taught understood woke withdrew won’t won't can can’t can't cannot may might must shall does " +
    "doesn’t doesn't didn’t didn't").split(' '),
);
