/** Social media platforms, where partners have accounts people ask for. */
export const SOCIAL_PLATFORMS: readonly string[] = [
  'twitter',
  'linkedin',
  'instagram',
  'facebook',
  'mastodon',
  'bluesky',
  'youtube',
];

/**
 * What a partner has on a platform: "the linkedin page of Lynkeus". The account, not the
 * platform: "who handles the newsletter and social media posts" asks who does dissemination.
 */
const SOCIAL_ACCOUNTS: readonly string[] = [...SOCIAL_PLATFORMS, 'social media', 'x'].flatMap(
  (platform) =>
    ['page', 'profile', 'account', 'handle', 'channel'].map((what) => `${platform} ${what}`),
);

/**
 * Subjects people ask a consortium assistant about that a partner dataset does not hold:
 * contact details, dates, money and staff. A question about one gets a plain "the dataset has
 * no …" and the nearest thing it knows, never a list of partners matched on another word of
 * it ("the deadline of the next deliverable", "what a postdoc earns at UB"). A word counts only
 * when the dataset itself does not use it, so a dataset that describes budgets answers about
 * them. The words are everyday English for each subject; none is about any one consortium.
 * Words of general chat that name no subject of a consortium ("today") are left out: "what's
 * the weather like today" is out of scope, not a question about dates. A phrase ("time zone")
 * counts when its words come together. The last subjects are the errands of a trip to a
 * partner (weather, food, lodging and transport, local time, figures): "restaurants near EIBIR's
 * office in Vienna" names a partner and a city, yet asks nothing a partner dataset holds.
 * Those marked `offTopic` lie outside any consortium's work: the answer is a refusal, not a
 * "not found".
 */
export const UNHELD_SUBJECTS = [
  {
    id: 'contacts',
    says: 'contact details (addresses, phone numbers, emails or social media)',
    words: [
      'address',
      'addresses',
      'phone',
      'telephone',
      'email',
      'emails',
      'mail',
      'fax',
      'postal',
      'postcode',
      'website',
      'homepage',
      'url',
      'contact',
      'contacts',
      // Social media accounts: "what's ESOI's twitter handle?" asks for a way to reach ESOI.
      // As phrases they count where the vocabulary reads "linkedin" (dissemination).
      ...SOCIAL_ACCOUNTS,
    ],
  },
  {
    id: 'dates',
    says: 'dates, deadlines or schedules',
    words: [
      'deadline',
      'deadlines',
      'date',
      'dates',
      'schedule',
      'schedules',
      'timeline',
      'calendar',
      'due',
    ],
  },
  {
    id: 'money',
    says: 'budgets, costs or salaries',
    words: [
      'budget',
      'budgets',
      'salary',
      'salaries',
      'earn',
      'earns',
      'wage',
      'wages',
      'paid',
      'reimbursement',
      'reimbursed',
      'euro',
      'euros',
      'fee',
      'fees',
      'revenue',
      'revenues',
      'turnover',
      'price',
      'prices',
      'cost',
      'costs',
      'funding',
      'funded',
      'money',
      'currency',
      // What a partner's product costs: "how much does a <partner> licence cost per hospital?"
      'licence',
      'licences',
      'license',
      'licenses',
      'licensing',
      'subscription',
      'subscriptions',
      'pricing',
      'how much does it cost',
      // As phrases they count where the vocabulary reads "licence" (exploitation).
      'licence cost',
      'license cost',
      'licence fee',
      'license fee',
      'cost per',
      'costs per',
      'exchange rate',
      'stock price',
      'share price',
    ],
  },
  {
    id: 'people',
    says: "people's names or staff",
    words: [
      'pi',
      'postdoc',
      'postdocs',
      'staff',
      'employee',
      'employees',
      'headcount',
      'colleague',
      'colleagues',
      'surname',
      'director',
      'directors',
      'ceo',
      'phd students',
      'students',
      'employ',
      'employs',
      'employed',
      'personnel',
      'officer',
      // The person who leads a partner's team: "the name of the <partner> team lead". A work
      // package's lead is "the WP3 lead", a word the dataset uses; these phrases are people.
      'team lead',
      'team leader',
      'team leaders',
      'group leader',
      'group leaders',
      'lab head',
      'manager',
      'managers',
      // Posts in a hospital or university (issue #11, out-of-scope family of fresh set 5: "the
      // head of radiology at Erasmus MC" described the partner). "head of" a department is a
      // person; "head of WP3" is a leader, a word the dataset uses, and stays one.
      'head of department',
      'heads of department',
      'department head',
      'department heads',
      'head of the department',
      'head of radiology',
      'head of oncology',
      'head of surgery',
      'head of the lab',
      'head of lab',
      'chief of radiology',
      'chief of surgery',
      'dean',
      'rector',
      'vice-rector',
      'professor',
      'professors',
      'chairman',
      'chairwoman',
    ],
  },
  {
    id: 'weather',
    offTopic: true,
    says: 'weather',
    words: [
      'weather',
      'forecast',
      'rain',
      'raining',
      'rainy',
      'snow',
      'snowing',
      'snowy',
      'sunny',
      'sunshine',
      'temperature',
      'umbrella',
      'storm',
      'windy',
      'cloudy',
      'freezing',
    ],
  },
  {
    id: 'food',
    offTopic: true,
    says: 'restaurants, cafés or food',
    words: [
      'restaurant',
      'restaurants',
      'cafe',
      'cafes',
      'coffee',
      'lunch',
      'dinner',
      'breakfast',
      'food',
      'eat',
      'eating',
      'pizza',
      'bar',
      'bars',
      'pub',
      'pubs',
      'beer',
      'drinks',
      'vegetarian',
      'vegan',
      'menu',
      'canteen',
      'cuisine',
      'tapas',
      'sushi',
      'brunch',
      'snack',
      'snacks',
      'bakery',
      'wine',
      // A venue near a partner: "any good places near the BSC?" asks the way, not the work.
      'places near',
      'place near',
      'spots near',
      'somewhere near',
      'anywhere near',
      'nearby',
    ],
  },
  {
    id: 'travel',
    offTopic: true,
    says: 'travel, hotels, transport or parking',
    words: [
      'hotel',
      'hotels',
      'hostel',
      'airbnb',
      'accommodation',
      'flight',
      'flights',
      'fly',
      'airport',
      'station',
      'taxi',
      'uber',
      'bus',
      'metro',
      'tram',
      'park',
      'parking',
      'visa',
      'visas',
      'luggage',
      'directions',
      'commute',
      'trip',
      'travel',
      'ticket',
      'tickets',
      'sightseeing',
      'museum',
      'museums',
      'tourist',
      'beach',
    ],
  },
  {
    id: 'local-time',
    offTopic: true,
    says: 'local times or time zones',
    words: [
      'timezone',
      'timezones',
      'time zone',
      'time zones',
      'time difference',
      'local time',
      'what time',
      'time is it',
      'time in',
      'clock',
    ],
  },
  {
    // Passwords for shared drives, wifi or tools: no consortium's work, and "password" must not
    // be read as a mistyped "passport" (the AI passport). "log in" is left out: who may log in
    // is the dataset's access control.
    id: 'credentials',
    offTopic: true,
    says: 'passwords or wifi codes',
    words: [
      'password',
      'passwords',
      'passcode',
      'pin code',
      'username',
      'usernames',
      'wifi',
      'wi fi',
    ],
  },
  {
    // The consortium's meetings and their logistics: "the zoom link for the WP1 meeting", "the
    // agenda of the general assembly". The dataset says who does what, not when or where people
    // meet; "meeting" alone is left out, since a dataset may describe its meetings.
    id: 'meetings',
    says: 'meetings, agendas or call links',
    words: [
      'agenda',
      'agendas',
      'zoom link',
      'zoom call',
      'teams link',
      'meeting link',
      'call link',
      'dial in',
      'webex',
      'minutes of the meeting',
      'next meeting',
    ],
  },
  {
    id: 'figures',
    says: 'figures such as patient numbers or staff counts',
    words: [
      'how many patients',
      'number of patients',
      'how many people',
      'impact factor',
      'h index',
    ],
  },
] as const;

/** A subject the dataset does not hold. */
export type UnheldSubject = (typeof UNHELD_SUBJECTS)[number];

/** A question that starts with this word asks for a date ("when is the next meeting?"). */
export const DATE_QUESTION_WORD = 'when';
