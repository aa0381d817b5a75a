import { describe, expect, it } from 'vitest';
import { analyze } from '../src/extract.js';
import { checkDocument } from '../src/schema.js';
import { toDocument } from '../src/output.js';

type Row = [text: string, publishedAt: string | null, expected: [span: string, value: string][]];

const values = (text: string, publishedAt: string | null): [string, string][] =>
  analyze(text, { publishedAt }).times.map((t) => [t.span.text, t.value]);

/** Each row: the text, its publication date, and every time dyad must find in it, in order. */
const FOUND: Row[] = [
  ['Blinken met Wang Yi in Beijing on Monday.', '2023-06-19', [['Monday', '2023-06-19']]],
  ['The ministers met on Sunday at the guesthouse.', '2023-06-19', [['Sunday', '2023-06-18']]],
  ['The ministers will meet on Friday.', '2023-06-19', [['Friday', '2023-06-23']]],
  ['The talks are set to resume Monday in Belfast.', '1998-03-22', [['Monday', '1998-03-23']]],
  ['The top commander said Thursday he had sent a team.', '1998-02-19', [['Thursday', '1998-02-19']]],
  ['Tensions escalated in February when the balloon appeared.', '2023-06-19', [['February', '2023-02']]],
  ['Mr. Blinken is the first to visit Beijing since 2018.', '2023-06-19', [['2018', '2018']]],
  ['He hopes to meet President Biden in the fall.', '2023-06-19', [['the fall', '2023-FA']]],
  ['The row broke out early on this year.', '2023-06-19', [['early on this year', '2023']]],
  [
    'Prices rose last week and will rise next month.',
    '2023-06-19',
    [
      ['last week', '2023-W24'],
      ['next month', '2023-07'],
    ],
  ],
  ['Officials met this week.', '2023-06-19', [['this week', '2023-W25']]],
  ['The talks were held earlier this month.', '2023-06-19', [['earlier this month', '2023-06']]],
  ['Profits fell in the third quarter.', '2023-06-19', [['the third quarter', '2022-Q3']]],
  [
    'Profits are expected to rise in the third quarter of 2024.',
    '2023-06-19',
    [['the third quarter of 2024', '2024-Q3']],
  ],
  ['The war began two years ago.', '2023-06-19', [['two years ago', '2021']]],
  ['The rebels seized the town 10 days ago.', '1998-03-22', [['10 days ago', '1998-03-12']]],
  ['The group held power in the late 1970s.', '1998-02-19', [['the late 1970s', '197X']]],
  ['The temple dates from the 11th century.', '1998-02-19', [['the 11th century', '10XX']]],
  ['The group began to fall apart in mid-1996.', '1998-02-19', [['mid-1996', '1996']]],
  [
    'The deal was signed in 1995 and renewed in March 1996.',
    '1998-02-19',
    [
      ['1995', '1995'],
      ['March 1996', '1996-03'],
    ],
  ],
  ['He was abducted on March 26, 1996.', '1998-02-19', [['March 26, 1996', '1996-03-26']]],
  [
    'Tensions escalated in February. That undid progress made in Bali four months earlier, when the leaders met.',
    '2023-06-19',
    [
      ['February', '2023-02'],
      ['four months earlier', '2022-10'],
    ],
  ],
  ['He said he now believed the report.', '1998-02-19', [['now', 'PRESENT_REF']]],
  ['In the past, Russia has often objected.', '1998-02-27', [['the past', 'PAST_REF']]],
  ['Clashes were reported in recent days.', '1998-03-08', [['recent days', 'PAST_REF']]],
  ['It matters for the future of our peoples.', '1998-02-13', [['the future', 'FUTURE_REF']]],
  ['The five-and-a-half-hour meeting ended.', '2023-06-19', [['five-and-a-half-hour', 'PT5.5H']]],
  ['The two-day meetings could halt the spiral.', '2023-06-19', [['two-day', 'P2D']]],
  ['Prices doubled over the past decade.', '2023-06-19', [['the past decade', 'P10Y']]],
  ['Output rose in the last week of June.', '2023-06-19', [['June', '2023-06']]],
  ['Refugees lived in camps for 2 1/2 years.', '1998-02-27', [['2 1/2 years', 'P2Y6M']]],
  ['A 10-year economic program was signed.', '1998-02-27', [['10-year', 'P10Y']]],
  ['They hope to finish within the next two weeks.', '1998-02-19', [['the next two weeks', 'P2W']]],
  ['The agency gives a daily tally of inspections.', '1998-03-06', [['daily', 'XXXX-XX-XX']]],
  ['Parades are held each July.', '1998-03-22', [['each July', 'XXXX-07']]],
  ['The presidents signed a treaty last May.', '1998-02-27', [['last May', '1997-05']]],
  ['Helicopters crashed last February.', '1998-03-01', [['last February', '1997-02']]],
  ['In January this year, police concluded he was dead.', '1998-02-19', [['January this year', '1998-01']]],
  ['But in June last year, the leaders fell out.', '1998-02-19', [['June last year', '1997-06']]],
  ['No inspection had been allowed since Jan. 13.', '1998-03-06', [['Jan. 13', '1998-01-13']]],
  ['The talks are supposed to conclude by May.', '1998-03-22', [['May', '1998-05']]],
  ['Police found explosives this summer.', '1998-03-22', [['this summer', '1998-SU']]],
  [
    'Marchers have walked there for the past three summers.',
    '1998-03-22',
    [['the past three summers', 'XXXX-SU']],
  ],
  ['Supporters arrived early Tuesday for the rally.', '1998-03-03', [['early Tuesday', '1998-03-03']]],
  [
    'The leaders met over the weekend and will meet again this weekend.',
    '2023-06-19',
    [
      ['the weekend', '2023-W24-WE'],
      ['this weekend', '2023-W25-WE'],
    ],
  ],
  ['In the first half of 2022, exports fell.', '2023-06-21', [['the first half of 2022', '2022-H1']]],
  [
    'The attack happened at about 3:30 p.m. on Tuesday.',
    '2023-06-21',
    [['3:30 p.m. on Tuesday', '2023-06-20T15:30']],
  ],
  [
    'On Tuesday, officials said the attack began at 3:30 p.m.',
    '2023-06-21',
    [
      ['Tuesday', '2023-06-20'],
      ['3:30 p.m.', '2023-06-20T15:30'],
    ],
  ],
  [
    'Growth slowed late last year and will pick up by the end of the year.',
    '2023-06-21',
    [
      ['late last year', '2022'],
      ['the end of the year', '2023'],
    ],
  ],
  [
    'In 2019 the plant closed. By the end of the year, 300 jobs had gone.',
    '2023-06-21',
    [
      ['2019', '2019'],
      ['the end of the year', '2019'],
    ],
  ],
  [
    'The vote was held yesterday and results come tomorrow.',
    '2023-06-19',
    [
      ['yesterday', '2023-06-18'],
      ['tomorrow', '2023-06-20'],
    ],
  ],
  ['Kosovo, Christmas 2022.', '2023-06-19', [['Christmas 2022', '2022-12-25']]],
  ['Shops will close on Christmas Day.', '2023-06-19', [['Christmas Day', '2023-12-25']]],
  [
    'The market reopened at 3 p.m. on June 5, 2023.',
    '2023-06-19',
    [['3 p.m. on June 5, 2023', '2023-06-05T15:00']],
  ],
];

/** Times anchored to other times, parts of days, quarters and decades in their several spellings. */
const MORE: Row[] = [
  [
    'The army withdrew on June 2. The next day, rebels returned. A week later, talks began.',
    '2023-06-19',
    [
      ['June 2', '2023-06-02'],
      ['The next day', '2023-06-03'],
      ['A week later', '2023-06-10'],
    ],
  ],
  [
    'The plant closed in 2019. That year, 300 jobs went; the year before, 100.',
    '2023-06-19',
    [
      ['2019', '2019'],
      ['That year', '2019'],
      ['the year before', '2018'],
    ],
  ],
  ['The talks began two days after the vote.', '2023-06-19', [['two days', 'P2D']]],
  ['By mid afternoon, officials had left.', '1998-03-06', [['mid afternoon', '1998-03-06']]],
  ['Earnings fell last quarter.', '2023-06-19', [['last quarter', '2023-Q1']]],
  ['Sales will recover in Q1 2024.', '2023-06-19', [['Q1 2024', '2024-Q1']]],
  [
    'Sales rose in the fourth quarter of last year.',
    '2023-06-19',
    [['the fourth quarter of last year', '2022-Q4']],
  ],
  ['Sales rose in the final quarter.', '2023-06-19', [['the final quarter', '2022-Q4']]],
  ['It was a hit in the ’90s.', '2023-06-19', [['the ’90s', '199X']]],
  ['It was a hit in the twentieth century.', '2023-06-19', [['the twentieth century', '19XX']]],
  ['He started this years ago.', '2016-09-16', [['years ago', 'PAST_REF']]],
  ['The results come in three days from now.', '2023-06-19', [['three days from now', '2023-06-22']]],
  [
    'The mission ended last summer and resumes next winter.',
    '2023-06-19',
    [
      ['last summer', '2022-SU'],
      ['next winter', '2023-WI'],
    ],
  ],
  ['The talks failed in the spring of 2021.', '2023-06-19', [['the spring of 2021', '2021-SP']]],
  [
    'Officials will meet next Monday, not last Monday.',
    '2023-06-19',
    [
      ['next Monday', '2023-06-26'],
      ['last Monday', '2023-06-12'],
    ],
  ],
  ['The rally is set for the coming weeks.', '2023-06-19', [['the coming weeks', 'FUTURE_REF']]],
  [
    'Inspectors visit every Monday and every summer.',
    '2023-06-19',
    [
      ['every Monday', 'XXXX-WXX-1'],
      ['every summer', 'XXXX-SU'],
    ],
  ],
  ['Elections in January could change that.', '2023-12-20', [['January', '2024-01']]],
  ['Prices in December set a record.', '2024-01-05', [['December', '2023-12']]],
  ['Markets were closed on New Year’s Day.', '2023-06-19', [['New Year’s Day', '2023-01-01']]],
];

/** Without a publication date: placeholders where TIMEX3 has them, relative phrases left out. */
const UNANCHORED: Row[] = [
  [
    'They met on Monday in February.',
    null,
    [
      ['Monday', 'XXXX-WXX-1'],
      ['February', 'XXXX-02'],
    ],
  ],
  [
    'Prices rose last week, two years after the crisis began in 2021.',
    null,
    [
      ['two years', 'P2Y'],
      ['2021', '2021'],
    ],
  ],
];

/** Text with words that look like times and are not. */
const NOT_TIMES: [text: string, publishedAt: string][] = [
  ['Delegations from both governments sat at long tables.', '2023-06-19'],
  ['The Sun reported the story first.', '2023-06-19'],
  ['Chinese officials may be unpredictable.', '2023-06-19'],
  ['Protesters march through the city every evening they can.', '2023-06-19'],
  ['Some 1500 troops were deployed to the border.', '2023-06-19'],
  ['About 2000 people attended the rally.', '2023-06-19'],
  ['He paid $2000 for the car.', '2023-06-19'],
  ['Theresa May said the talks would continue.', '2019-03-01'],
  ['Howes was 37 years old when he was kidnapped.', '1998-02-19'],
  ['The fall of Kabul shocked the allies.', '2021-09-01'],
  ['The Arab Spring began in Tunisia.', '2021-09-01'],
  ['Pat Caddell told Breitbart News Daily host Alex Marlow.', '2016-09-15'],
  ['He mocked the NBC Nightly News ratings.', '2016-09-23'],
  ['Save a quarter of the cost over a child’s first years.', '2016-09-24'],
  ['Tariffs hit Christmas trees from Oregon.', '2016-09-28'],
  ['Officials spoke about the armed forces at the time of his retirement.', '2016-09-15'],
  ['The Good Friday Agreement ended the conflict.', '2023-06-19'],
  ['Organizers said the March on Washington was peaceful.', '2023-06-19'],
  ['The Sunday Times reported the leak.', '2023-06-19'],
  ['Israel won the Six-Day War.', '2023-06-19'],
  ['The alliance has 1,998 members and a budget of 2.2018 billion.', '2021-09-01'],
];

describe('times stage', () => {
  it.each(FOUND)('%s (published %s)', (text, publishedAt, expected) => {
    expect(values(text, publishedAt)).toEqual(expected);
  });

  it.each(MORE)('%s (published %s)', (text, publishedAt, expected) => {
    expect(values(text, publishedAt)).toEqual(expected);
  });

  it.each(UNANCHORED)('%s (no publication date)', (text, publishedAt, expected) => {
    expect(values(text, publishedAt)).toEqual(expected);
  });

  it.each(NOT_TIMES)('finds no time in: %s', (text, publishedAt) => {
    expect(values(text, publishedAt)).toEqual([]);
  });

  it.each([
    ['DCT: 1998-03-01T14:11:00\n\nThe talks ended Sunday.', [['Sunday', '1998-03-01']]],
    ['Updated: 2023-06-19\nThe ministers met on Sunday.', [['Sunday', '1998-02-22']]],
  ])('leaves metadata lines out: %j', (text, expected) => {
    expect(values(text, text.startsWith('DCT') ? '1998-03-01' : '1998-02-23')).toEqual(expected);
  });

  it('records span, sentence, tokens, basis and the rule that produced each time', () => {
    const text = 'Officials met on June 18, 2023. They will meet again next week.';
    const doc = analyze(text, { publishedAt: '2023-06-19' });
    const [explicit, relative] = doc.times;
    expect(explicit?.basis).toBe('explicit');
    expect(explicit?.sentence).toBe(0);
    expect(explicit?.explanation).toMatch(/^chrono:/);
    expect(relative?.basis).toBe('relative');
    expect(relative?.sentence).toBe(1);
    expect(relative?.explanation).toBe('dyad:relative(next week)');
    for (const t of doc.times) {
      expect(text.slice(t.span.start, t.span.end)).toBe(t.span.text);
      expect(doc.tokens[t.tokenStart]?.start).toBe(t.span.start);
      expect(doc.tokens[t.tokenEnd - 1]?.end).toBe(t.span.end);
    }
  });

  it.each(['2023-06-19', null])('writes values the output contract accepts (published %s)', (publishedAt) => {
    const text = [...FOUND, ...MORE, ...UNANCHORED].map(([t]) => t).join('\n');
    const doc = toDocument(analyze(text, { publishedAt }));
    expect(doc.times.length).toBeGreaterThan(publishedAt ? 40 : 20);
    expect(checkDocument(text, doc)).toEqual([]);
  });
});
