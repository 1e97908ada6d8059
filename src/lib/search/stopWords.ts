/**
 * Words that carry no meaning in a search ("how do I…", "a tool for…"). They
 * are dropped from queries and from the labels a query must cover, never from
 * the texts themselves, so highlights stay whole.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been being but by can could do does doing did each either every for from get ' +
    'got has have having how i if in into is it its me my of on one or other our out over own should so ' +
    'some such than that the their them then there these they this those through to too under up us use ' +
    'using was we were what when where whether which while who whom why will with within without would you ' +
    'your yours also any all both just more most much need needs want wants way best good tool tools ' +
    'project projects software solution solutions something thing things s t ' +
    // Question filler: "reduce the number of nodes", "make sure only signed images run".
    'number lot lots two three several many sure'
  ).split(' '),
);

export const isStopWord = (term: string): boolean => STOP_WORDS.has(term);
