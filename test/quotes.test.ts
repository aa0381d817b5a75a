import { describe, expect, it } from 'vitest';
import { newAnalysis } from '../src/analysis.js';
import { analyze } from '../src/extract.js';
import { runPipeline } from '../src/pipeline.js';
import { quotesStage } from '../src/stages/quotes/index.js';
import { textStage } from '../src/stages/text/index.js';
import { scanQuotes } from '../src/stages/quotes/marks.js';
import { paragraphsOf } from '../src/stages/text/index.js';

const PUBLISHED = '2023-06-19';

function quotes(text: string) {
  return analyze(text, { publishedAt: PUBLISHED }).quotes.map((q) => ({
    kind: q.kind,
    text: q.span.text,
    speaker: q.speaker.name,
    cue: q.cue?.text ?? null,
  }));
}

describe('quotes: direct quotations and their speakers', () => {
  it.each([
    {
      layout: 'inverted attribution after the quote',
      text: '“Diplomacy is not a gift,” said Jessica Chen Weiss, a Cornell University professor.',
      expected: [{ text: 'Diplomacy is not a gift,', speaker: 'Jessica Chen Weiss', cue: 'said' }],
    },
    {
      layout: 'subject then verb after the quote',
      text: '“We were there under legitimate pretenses,” Figueroa told reporters.',
      expected: [{ text: 'We were there under legitimate pretenses,', speaker: 'Figueroa', cue: 'told' }],
    },
    {
      layout: 'attribution before the quote, with a colon',
      text: 'Senator Mary Brown said on Monday: “The bill will pass this week.”',
      expected: [{ text: 'The bill will pass this week.', speaker: 'Mary Brown', cue: 'said' }],
    },
    {
      layout: 'straight quotation marks',
      text: '"It was the least bad outcome," said Peter Morgan.',
      expected: [{ text: 'It was the least bad outcome,', speaker: 'Peter Morgan', cue: 'said' }],
    },
    {
      layout: 'title and name before the verb',
      text: '“We are pleased with the decision,” Trump lawyer Marc Kasowitz said.',
      expected: [{ text: 'We are pleased with the decision,', speaker: 'Marc Kasowitz', cue: 'said' }],
    },
    {
      layout: 'appositive between the name and the verb',
      text: '“This is a dog whistle,” Rep. Jim Clyburn (D-S.C.), the assistant leader of the caucus, added.',
      expected: [{ text: 'This is a dog whistle,', speaker: 'Jim Clyburn', cue: 'added' }],
    },
    {
      layout: 'two apostrophes as quotation marks',
      text: "''You'd think the business community would be up in arms,'' said Mr. Holtz-Eakin.",
      expected: [
        {
          text: "You'd think the business community would be up in arms,",
          speaker: 'Holtz-Eakin',
          cue: 'said',
        },
      ],
    },
    {
      layout: 'a long appositive with a possessive apostrophe before the cue',
      text: 'Rucker Culpepper, who runs the get-out-the-vote effort for military veterans\' families, said, "Trump has been disrespecting our veterans."',
      expected: [
        { text: 'Trump has been disrespecting our veterans.', speaker: 'Rucker Culpepper', cue: 'said' },
      ],
    },
    {
      layout: 'two appositives between the name and the verb',
      text: '“It’s an invasion of the state regulatory domain,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said.',
      expected: [
        { text: 'It’s an invasion of the state regulatory domain,', speaker: 'Scott Pruitt', cue: 'said' },
      ],
    },
    {
      layout: 'a dash signature',
      text: '“Trump must stop portraying us as dangerous gangsters.” ― Carla Sanchez',
      expected: [
        { text: 'Trump must stop portraying us as dangerous gangsters.', speaker: 'Carla Sanchez', cue: '―' },
      ],
    },
  ])('$layout', ({ text, expected }) => {
    expect(quotes(text)).toMatchObject(expected.map((e) => ({ kind: 'direct', ...e })));
  });

  it.each([
    {
      layout: 'a participle cue takes the sentence subject',
      text: 'In a speech earlier in the day, Trump attacked Clinton, saying, “She is trigger-happy and very unstable.”',
      speaker: 'Trump',
    },
    {
      layout: 'a coordinated cue takes the sentence subject',
      text: 'Warren laughed and said, “I do not believe in the devil.”',
      speaker: 'Warren',
    },
    {
      layout: 'a paragraph opening with the quotation after a colon',
      text: 'Caddell continued:\n“The health issue overall is very much a partisan issue.”',
      speaker: 'Caddell',
    },
  ])('$layout', ({ text, speaker }) => {
    const direct = quotes(text).filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(1);
    // The entities stage may know the full name ("Donald J. Trump"); the surname must be there.
    expect(direct[0]?.speaker).toContain(speaker);
  });

  it('codes a short quotation inside reported speech as direct and the clause as indirect', () => {
    const text =
      'Clinton says Trump’s flurry of late-night tweets targeting a former beauty queen was “unhinged.”';
    const found = quotes(text);
    expect(found).toHaveLength(2);
    expect(found.find((q) => q.kind === 'direct')).toMatchObject({
      text: 'unhinged.',
      speaker: expect.stringContaining('Clinton'),
    });
    expect(found.find((q) => q.kind === 'indirect')).toMatchObject({
      speaker: expect.stringContaining('Clinton'),
      cue: 'says',
    });
    expect(found.find((q) => q.kind === 'indirect')?.text).toContain('flurry of late-night tweets');
  });

  it('gives a quote split by its attribution as two quotes with one speaker', () => {
    const text =
      '“Diplomacy is not a gift,” said Jessica Chen Weiss, a professor who has studied Chinese politics. “Reestablishing channels is the bare minimum.”';
    expect(quotes(text)).toEqual([
      { kind: 'direct', text: 'Diplomacy is not a gift,', speaker: 'Jessica Chen Weiss', cue: 'said' },
      {
        kind: 'direct',
        text: 'Reestablishing channels is the bare minimum.',
        speaker: 'Jessica Chen Weiss',
        cue: 'said',
      },
    ]);
  });

  it('resolves a later "Mr. Hass" to the full name given earlier, and "he" to the last speaker', () => {
    const text = [
      '“China has spent months blaming the United States,” said Ryan Hass, a senior fellow at Brookings.',
      '“Beijing believes it is in its interest to talk,” added Mr. Hass.',
      '“The fall meeting matters,” he said.',
    ].join('\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Ryan Hass', 'Ryan Hass', 'Ryan Hass']);
  });

  it('gives an unattributed quoted sentence the speaker of the record before it in the paragraph', () => {
    const text =
      "''I have admiration for the mechanics'' of the proposals, Mr. Holtz-Eakin said. ''They're more detailed and structured than the others.''";
    const direct = quotes(text).filter((q) => q.kind === 'direct');
    expect(direct).toEqual([
      { kind: 'direct', text: 'I have admiration for the mechanics', speaker: 'Holtz-Eakin', cue: 'said' },
      {
        kind: 'direct',
        text: "They're more detailed and structured than the others.",
        speaker: 'Holtz-Eakin',
        cue: 'said',
      },
    ]);
  });

  it('leaves an unattributed quoted sentence without a speaker nearby out', () => {
    const text = 'The session ended late.\n“The nation is watching Virginia and we have to show it.”';
    expect(quotes(text)).toEqual([]);
  });

  it('continues a quotation over paragraphs: each paragraph opens a mark, only the last closes', () => {
    const text = [
      'Caddell said: “The health issue is very much a partisan issue.',
      '“But that does not account for the same numbers here.”',
      'The poll was taken last week.',
    ].join('\n');
    const found = quotes(text);
    expect(found.map((q) => q.text)).toEqual([
      'The health issue is very much a partisan issue.',
      'But that does not account for the same numbers here.',
    ]);
    expect(found.every((q) => q.speaker === 'Caddell')).toBe(true);
  });

  it('codes a partial quotation as direct and its reported clause as indirect', () => {
    const text = 'A State Department spokesman said Washington was “deeply concerned” by the violence.';
    const found = quotes(text);
    expect(found).toEqual([
      {
        kind: 'indirect',
        text: 'Washington was “deeply concerned” by the violence',
        speaker: 'State Department spokesman',
        cue: 'said',
      },
      { kind: 'direct', text: 'deeply concerned', speaker: 'State Department spokesman', cue: 'said' },
    ]);
  });

  it('reads a name wink splits at letters it does not know, past a nearer cue with no speaker', () => {
    const text =
      'Serbian Prime Minister Aleksandar Vučić vowed to respond “with all legal means” if the official was not freed.';
    expect(quotes(text).find((q) => q.kind === 'direct')).toMatchObject({
      text: 'with all legal means',
      speaker: expect.stringContaining('Vučić'),
      cue: 'vowed',
    });
  });

  it('takes the possessor of a document noun as the speaker', () => {
    const text =
      'The department’s written summary said the talks were “frank, substantive and constructive.”';
    const [q] = quotes(text);
    expect(q).toMatchObject({ kind: 'direct', text: 'frank, substantive and constructive.', cue: 'said' });
    expect(q?.speaker).toMatch(/department/i);
  });

  it.each([
    ['a scare quote', 'The administration tried to set up so-called “guard rails” in the strait.'],
    ['a title', 'He appeared on “Face the Nation,” where he talked about taxes.'],
    ['a book title', 'His book “The Art of the Deal” sold well.'],
    ['a nickname', 'Supporters call him “the Donald” at rallies.'],
    ['an unattributed short phrase', 'The plan was “dead on arrival” in the Senate.'],
  ])('does not code %s as a quote', (_what, text) => {
    expect(quotes(text).filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it('does not attribute a sentence-final quote to the next sentence', () => {
    const text = 'Japan branded the North “an outlaw nation in the neighborhood.” Russia insisted on talks.';
    expect(quotes(text).find((q) => q.speaker === 'Russia')).toBeUndefined();
  });
});

describe('quotes: indirect attributions', () => {
  it.each([
    {
      layout: 'X said that …',
      text: 'Chinese officials said that the balloon was launched for weather research.',
      expected: {
        text: 'the balloon was launched for weather research',
        speaker: 'Chinese officials',
        cue: 'said',
      },
    },
    {
      layout: 'X said … (no "that")',
      text: 'Clinton told supporters the election would be close.',
      expected: {
        text: 'the election would be close',
        speaker: expect.stringContaining('Clinton'),
        cue: 'told',
      },
    },
    {
      layout: '…, X said',
      text: 'The protocol called for her to be taken to a trauma center, sources said.',
      expected: {
        text: 'The protocol called for her to be taken to a trauma center',
        speaker: 'sources',
        cue: 'said',
      },
      // The sources report the protocol's demand: the demand is an attribution inside their content.
      after: [{ text: 'her to be taken to a trauma center', cue: 'called for' }],
    },
    {
      layout: 'according to X, …',
      text: 'According to Senator Mary Brown, the bill will pass this week.',
      expected: { text: 'the bill will pass this week', speaker: 'Mary Brown', cue: 'According to' },
    },
    {
      layout: 'an attribution inside the sentence',
      text: 'The museum, Mr. Obama said, would make visitors face uncomfortable truths.',
      expected: {
        text: 'The museum, Mr. Obama said, would make visitors face uncomfortable truths',
        cue: 'said',
      },
    },
    {
      layout: 'a relative clause',
      text: 'He refused to pay an architect who said he was stiffed after designing a clubhouse.',
      expected: { text: 'he was stiffed after designing a clubhouse', speaker: 'architect', cue: 'said' },
      before: [{ text: 'to pay an architect', cue: 'refused' }],
    },
    {
      layout: 'a content that ends where a participle cue opens another report',
      text: 'Foreign policy analysts said geopolitical factors have helped Burma, citing its border with China.',
      expected: {
        text: 'geopolitical factors have helped Burma',
        speaker: 'Foreign policy analysts',
        cue: 'said',
      },
      after: [{ text: 'its border with China', speaker: 'Foreign policy analysts', cue: 'citing' }],
    },
    {
      layout: 'according to a source wink reads as a verb',
      text: 'According to police, officers saw the man get out of a car with a handgun.',
      expected: { text: 'officers saw the man get out of a car with a handgun', speaker: 'police' },
    },
    {
      layout: '…, according to X',
      text: 'The two sides made progress in rebuilding ties, according to State Department officials.',
      expected: { text: 'The two sides made progress in rebuilding ties', cue: 'according to' },
    },
  ])('$layout', ({ text, expected, before = [], after = [] }) => {
    expect(quotes(text)).toMatchObject(
      [...before, expected, ...after].map((e) => ({ kind: 'indirect', ...e })),
    );
  });

  it.each([
    ['a passive "is said to"', 'The bridge is said to be the longest in Asia.'],
    ['a speech verb without content', 'Trump said nothing.'],
    ['a noun "tweets"', 'The late-night tweets targeting her drew criticism.'],
    ['no speech verb', 'The two governments agreed to expand commercial flights.'],
    [
      'a subordinate clause before the attribution',
      'But when Congress cut the funding two years later, Mexico said nothing.',
    ],
    [
      'a noun "report"',
      'In the wake of the Times report, the candidate has portrayed himself as a shrewd manipulator.',
    ],
    [
      '"declared" with an object',
      'One after another, mining companies, including Patriot, declared bankruptcy.',
    ],
  ])('does not code %s', (_what, text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe('quotes: attributions of intention and judgement (verb complements)', () => {
  it.each([
    {
      layout: 'an intention: "wants to …"',
      text: 'Senator Mary Brown wants to triple the size of the program.',
      expected: [{ text: 'to triple the size of the program', speaker: 'Mary Brown', cue: 'wants' }],
    },
    {
      layout: 'an appeal: "urged X to …"',
      text: 'Graham urged Republicans to join the ranks of climate change believers.',
      expected: [{ text: 'Republicans to join the ranks of climate change believers', cue: 'urged' }],
    },
    {
      layout: 'a demand: "called for …"',
      text: 'The NAACP called for a moratorium on charter schools.',
      expected: [{ text: 'a moratorium on charter schools', cue: 'called for' }],
    },
    {
      layout: 'a judgement: "criticized X as …"',
      text: 'Clinton criticized the health law as a crazy system.',
      expected: [{ text: 'the health law as a crazy system', cue: 'criticized' }],
    },
    {
      layout: 'a question: "asked how …"',
      text: 'A reporter asked how Clinton could inspire young people the way Sanders had.',
      expected: [{ text: 'how Clinton could inspire young people the way Sanders had', cue: 'asked' }],
    },
    {
      layout: 'a stance: "supports X"',
      text: 'Russia supports the Syrian government.',
      expected: [{ text: 'the Syrian government', speaker: 'Russia', cue: 'supports' }],
    },
    {
      layout: 'a belief without "that", held by part of a group',
      text: 'Many of his supporters believe bigotry and xenophobia are acceptable.',
      expected: [
        { text: 'bigotry and xenophobia are acceptable', speaker: 'Many of his supporters', cue: 'believe' },
      ],
    },
    {
      layout: 'a topic: "talked about …", ending where a clause of its own begins',
      text: 'While Clinton talked about bringing communities together, Trump highlighted his message of law and order.',
      expected: [{ text: 'bringing communities together', speaker: 'Clinton', cue: 'talked about' }],
    },
    {
      layout: 'an example: "pointed to …"',
      text: 'The IMF pointed to Britain’s decision to leave the European Union as an example of rising sentiment against globalization.',
      expected: [
        {
          text: 'Britain’s decision to leave the European Union as an example of rising sentiment against globalization',
          cue: 'pointed to',
        },
      ],
    },
    {
      layout: 'an intention inside what a source reports',
      text: 'Clinton plans to visit Charlotte on Sunday, according to a campaign aide.',
      expected: [
        { text: 'Clinton plans to visit Charlotte on Sunday', speaker: 'campaign aide', cue: 'according to' },
        { text: 'to visit Charlotte on Sunday', cue: 'plans' },
      ],
    },
  ])('$layout', ({ text, expected }) => {
    expect(quotes(text)).toMatchObject(expected.map((e) => ({ kind: 'indirect', ...e })));
  });

  it('does not make quoted words after a verb of judgement a direct quotation', () => {
    expect(quotes('Trump called the senator a “nasty guy.”')).toMatchObject([
      { kind: 'indirect', text: 'the senator a “nasty guy.”', cue: 'called' },
    ]);
  });

  it.each([
    ['a passive "is expected to"', 'The visit is expected to take place next month.'],
    ['a belief in something, not a clause', 'They believe in God.'],
    [
      'a noun before a two-word cue',
      'The IMF raised its forecast for those countries by 0.1 percentage points to 4.2 percent.',
    ],
    [
      'an object with an infinitive, not a clause',
      'The center in Dallas maintains a program to develop young leaders in Burma.',
    ],
    [
      'a participle naming something',
      'His nonprofit group, called the Virginia Conservation Legacy Fund, bought the mines.',
    ],
  ])('does not code %s', (_what, text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe('quotes: where reported content ends, and what is not reported speech', () => {
  it.each([
    {
      layout: 'a second report of the same speaker after "and said"',
      text: 'Merrill says Machado promised to keep campaigning and said she would stand up to the attacks.',
      expected: [
        { text: 'Machado promised to keep campaigning', speaker: 'Merrill', cue: 'says' },
        { text: 'she would stand up to the attacks', speaker: 'Merrill', cue: 'said' },
      ],
    },
    {
      layout: 'another report after "but has said"',
      text: 'Trump has urged European nations to bolster defense spending but has said she will hold firm to U.S. commitments.',
      expected: [
        { text: 'European nations to bolster defense spending', speaker: 'Trump', cue: 'urged' },
        { text: 'she will hold firm to U.S. commitments', speaker: 'Trump', cue: 'said' },
      ],
    },
    {
      layout: 'a complement ends before a clause of its own or a "during …"',
      text: 'Pyongyang condemned the sanctions as Washington prepared new measures. Clinton criticized the law as a “crazy system” during a campaign stop in Flint.',
      expected: [
        { text: 'the sanctions', cue: 'condemned' },
        { text: 'the law as a “crazy system”', cue: 'criticized' },
      ],
    },
    {
      layout: 'a headline: "…, Former White House Doctor Says"',
      text: 'Clinton Hid Past Health Problems From Public, Former White House Doctor Says',
      expected: [{ text: 'Clinton Hid Past Health Problems From Public', cue: 'Says' }],
    },
    {
      layout: 'a time phrase then the clause’s pronoun subject',
      text: 'Trump said after the convention he would not accept the endorsement.',
      expected: [{ text: 'he would not accept the endorsement', speaker: 'Trump', cue: 'said' }],
    },
    {
      layout: 'a hearer described at length before "that"',
      text: 'He told an invited crowd at Philadelphia’s Union League club that he wants a stronger military.',
      expected: [{ text: 'he wants a stronger military', cue: 'told' }],
    },
    {
      layout: '"according to" after a dash',
      text: 'More than half of his medical advice is unsubstantiated — or flat out wrong — according to the top British medical journal.',
      expected: [
        {
          text: 'More than half of his medical advice is unsubstantiated — or flat out wrong',
          cue: 'according to',
        },
      ],
    },
    {
      layout: '"…, said X, an adviser who …": an appositive with its own verb after the attribution',
      text: "Its first national television ad could start this week, said Brian Baker, a longtime political adviser to the family who oversees the group's campaign.",
      expected: [
        {
          text: 'Its first national television ad could start this week',
          speaker: 'Brian Baker',
          cue: 'said',
        },
      ],
    },
    {
      layout: 'a semicolon',
      text: 'Officials said the timing was not intentional; they learned of the deal on Friday.',
      expected: [{ text: 'the timing was not intentional', cue: 'said' }],
    },
    {
      layout: 'a new clause with its own subject',
      text: 'Analysts said the company is lowering its forecast, and the downgrade is casting a shadow on the sector.',
      expected: [{ text: 'the company is lowering its forecast', cue: 'said' }],
    },
    {
      layout: 'a study reports its finding without "that"',
      text: 'One study found Trump would raise taxes on 8 million Americans.',
      expected: [
        { text: 'Trump would raise taxes on 8 million Americans', speaker: 'One study', cue: 'found' },
      ],
    },
    {
      layout: 'a finding closing the sentence',
      text: 'Donations to super PACs hit nearly $1.1 billion through August, a USA TODAY analysis of campaign reports shows.',
      expected: [{ text: 'Donations to super PACs hit nearly $1.1 billion through August', cue: 'shows' }],
    },
    {
      layout: 'a relative clause inside the content stays',
      text: 'He said the deal, which was signed in May, would cut tariffs.',
      expected: [{ text: 'the deal, which was signed in May, would cut tariffs', cue: 'said' }],
    },
  ])('$layout', ({ text, expected }) => {
    expect(quotes(text)).toMatchObject(expected.map((e) => ({ kind: 'indirect', ...e })));
  });

  it('gives a paragraph led by "Name:" to that source (headlines, transcripts), one turn per paragraph', () => {
    const text =
      'Partial transcript as follows:\n\n"WALLACE: Let’s start with breaking news on the debate story.\n\n"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.';
    expect(quotes(text)).toMatchObject([
      {
        kind: 'indirect',
        text: 'Let’s start with breaking news on the debate story',
        speaker: 'WALLACE',
        cue: ':',
      },
      {
        kind: 'indirect',
        text: 'Gennifer Flowers will not be attending the debate tomorrow night',
        speaker: 'PENCE',
        cue: ':',
      },
    ]);
    expect(quotes('Poll: Clinton and Trump in dead heat heading into first debate')).toMatchObject([
      { kind: 'indirect', text: 'Clinton and Trump in dead heat heading into first debate', speaker: 'Poll' },
    ]);
  });

  it('reads other reports in a sentence that holds a quotation, with the quotation’s speaker', () => {
    expect(
      quotes(
        '“You can’t talk about change if you don’t know what we’re changing,” Ava DuVernay said, emphasizing why understanding our past is crucial to our outlook on our present.',
      ),
    ).toMatchObject([
      { kind: 'direct', speaker: 'Ava DuVernay', cue: 'said' },
      {
        kind: 'indirect',
        text: 'why understanding our past is crucial to our outlook on our present',
        speaker: 'Ava DuVernay',
        cue: 'emphasizing',
      },
    ]);
  });

  it('codes only the quotation, not the reports the quoted speaker makes inside it', () => {
    expect(
      quotes('“He told me the plan would fail and said the money was gone,” Mary Brown said.'),
    ).toMatchObject([
      {
        kind: 'direct',
        text: 'He told me the plan would fail and said the money was gone,',
        speaker: 'Mary Brown',
      },
    ]);
  });

  it.each([
    [
      'a hypothetical "if X said …"',
      'If Trump said the election was rigged, his supporters would believe it.',
    ],
    [
      'when something was said, not what',
      'That was what Liz Wahl said when she resigned from the network in 2014.',
    ],
    ['a title in quotation marks closed by a period', 'Pence said on CNN’s “State of the Union.”'],
    ['a verb of finding with an object, said of a person', 'He found the keys under the mat.'],
    ['a label before a colon', 'UPDATE: The governor signed the bill on Friday.'],
    ['a cue word in a name', 'Edward Said wrote a book about the region.'],
    [
      'a topic before a colon',
      'Another challenge: Most states have passed the deadline to change the ballots.',
    ],
    [
      'a cue word used as a noun',
      'The coach is working the referees in hopes that they will go easier on him.',
    ],
  ])('does not code %s', (_what, text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe('quotes: records', () => {
  it('keeps spans equal to the text and names the rule', () => {
    const text = '“We will win,” Clinton said. Trump said the race was rigged against him.';
    const doc = analyze(text, { publishedAt: PUBLISHED });
    expect(doc.quotes.length).toBe(2);
    for (const q of doc.quotes) {
      expect(text.slice(q.span.start, q.span.end)).toBe(q.span.text);
      if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
      if (q.speaker.span)
        expect(text.slice(q.speaker.span.start, q.speaker.span.end)).toBe(q.speaker.span.text);
      expect(q.explanation).toMatch(/^quotes\.(direct|indirect)\.[a-z-]+.*speech\//);
    }
    expect(doc.quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
  });

  it.each([
    ['curly marks', '“a b” and “c d”', ['a b', 'c d']],
    ['straight marks', '"a b" and "c d"', ['a b', 'c d']],
    ['mixed marks as typed', '“a b" and "c d”', ['a b', 'c d']],
    ['an unclosed mark at the end', '“a b and c d', []],
    ['two apostrophes as a double mark', "''a b,'' he said, ''c d''", ['a b,', 'c d']],
    [
      'a quotation nested in a quotation',
      '“I’d rather live in what he calls “hell” than here.”',
      ['I’d rather live in what he calls “hell” than here.'],
    ],
    [
      'mixed marks around a nested one',
      '"He read the question: “Are you well?” and waited."',
      ['He read the question: “Are you well?” and waited.'],
    ],
    [
      'a quotation inside a paragraph left open',
      '"Trump walked on, chanting “U-S-A!” as he went',
      ['U-S-A!'],
    ],
    ['a possessive apostrophe', "the veterans' families and “a b”", ['a b']],
  ])('scans %s', (_what, text, expected) => {
    expect(scanQuotes(text, paragraphsOf(text)).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('quotes: speakers through the entities stage', () => {
  it('gives the entity, its canonical name and actor, and resolves "he added" to the last compatible person', () => {
    const text = [
      'Secretary of State Antony J. Blinken met Wang Yi in Beijing on Monday.',
      '“China has spent months blaming the United States,” said Ryan Hass, a senior fellow at the Brookings Institution.',
      '“Beijing believes it is in its interest to talk,” he added.',
    ].join('\n');
    const doc = analyze(text, { publishedAt: PUBLISHED });
    const direct = doc.quotes.filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(2);
    for (const q of direct) {
      expect(q.speaker.name).toBe('Ryan Hass');
      expect(q.speaker.entity).not.toBeNull();
      expect(doc.entities.find((e) => e.id === q.speaker.entity)?.name).toBe('Ryan Hass');
    }
    expect(direct[1]?.speaker.span?.text).toBe('he');
  });

  it('takes an organization behind a document noun as the speaker', () => {
    const text =
      'Mr. Blinken met State Department officials on Sunday. The department’s written summary said the talks were “frank, substantive and constructive.”';
    const q = analyze(text, { publishedAt: PUBLISHED }).quotes.find((x) => x.kind === 'direct');
    expect(q?.speaker.name).toBe('State Department');
    expect(q?.speaker.actor?.code).toBe('USAGOV');
  });
});

describe('quotes: speakers without the entities stage (text fallback)', () => {
  function textOnly(text: string) {
    const doc = newAnalysis(text, { id: 't', publishedAt: PUBLISHED, title: null, source: null });
    runPipeline(doc, [textStage, quotesStage]);
    return doc.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker.name, q.speaker.entity]);
  }

  it('names speakers from the text: full names for later surnames, possessors of document nouns, pronouns', () => {
    const text = [
      'The department’s written summary said the talks were “frank, substantive and constructive.”',
      '“China has spent months blaming the United States,” said Ryan Hass, a senior fellow at Brookings.',
      '“Beijing believes it is in its interest to talk,” added Mr. Hass.',
      '“The fall meeting matters,” he said.',
    ].join('\n');
    expect(textOnly(text)).toEqual([
      ['department', null],
      ['Ryan Hass', null],
      ['Ryan Hass', null],
      ['Ryan Hass', null],
    ]);
  });
});
