// Head words of organisations' names: "the United Nations", "the Emirates News Agency", "the American Action
// Network", "the U.S. Geological Survey". A name that ends in one is a body, and the word is no part of a
// person's name.
export const ORGANISATION_HEADS: readonly string[] = [
  'nations', 'agency', 'ministry', 'department', 'office', 'secretariat', 'mission', 'commission', 'council', 'union',
  'bureau', 'administration', 'committee', 'organization', 'organisation', 'service', 'presidency', 'government',
  'embassy', 'parliament', 'assembly', 'court', 'bank', 'fund', 'forum', 'alliance', 'association', 'federation',
  'institute', 'programme', 'program', 'cabinet', 'house', 'palace', 'command', 'authority', 'directorate',
  'coalition', 'front', 'party', 'movement', 'network', 'networks', 'group', 'survey', 'foundation', 'society',
  'institution', 'magazine', 'channel', 'broadcasting',
  // venues named like bodies: "the Sheraton Fiji Golf and Beach Resort", "the Kotoka International Airport"
  'resort', 'hotel', 'airport', 'stadium', 'centre', 'center',
];
