// The shapes of attribution that real wire copy uses and the engine once missed (issue 11's
// classes), one describe per class. Every sentence and person here is invented.
import { describe, expect, it } from 'vitest';
import { quoteCases as cases, quotesIn } from './testQuotes';

describe('reported speech after verbs that also take a noun', () => {
  cases([
    [
      'On Tuesday, Harlow President Dana Whitcombe announced he had asked for the minister’s resignation.',
      [['indirect', 'he had asked for the minister’s resignation', 'Dana Whitcombe']],
    ],
    [
      'Engineer Tomasz Wierzbicki estimated this would take 24 hours.',
      [['indirect', 'this would take 24 hours', 'Tomasz Wierzbicki']],
    ],
    [
      'The Valdor Times reported that, in a call in late July, the mayor might have asked for help.',
      [['indirect', 'in a call in late July, the mayor might have asked for help', 'Valdor Times']],
    ],
    ['Mayor Ines Okafor announced a new plan for the harbour on Monday.', []],
    ['Governor Leta Fonoti announced the sites that would be given new schools.', []],
  ]);
});

describe('a capitalised word is no speech verb', () => {
  cases([
    [
      'United States President Carl Dunmore announced he would veto the bill.',
      [['indirect', 'he would veto the bill', 'Carl Dunmore']],
    ],
  ]);
});

describe('a speaker after the quotation behind a title, a description or an affiliation', () => {
  cases([
    [
      '"This is the worst case we could have," said Marlow County Sheriff Dale Pruett.',
      [['direct', 'This is the worst case we could have,', 'Dale Pruett']],
    ],
    [
      '"Whenever there are signs of a deal," wrote student protester Kenji Morimoto on Twitter.',
      [['direct', 'Whenever there are signs of a deal,', 'Kenji Morimoto']],
    ],
    [
      '"The shelf is thinning from below," said study co-author Karen Lindqvist.',
      [['direct', 'The shelf is thinning from below,', 'Karen Lindqvist']],
    ],
    [
      'According to Harwell University political scholar Ruth Okonkwo, "Women hold a third of the seats."',
      [['direct', 'Women hold a third of the seats.', 'Ruth Okonkwo']],
    ],
    [
      'Prosecutor Amaka Oduya QC said the men were "ripe for manipulation".',
      [['mixed', 'the men were "ripe for manipulation"', 'Amaka Oduya']],
    ],
  ]);
});

describe('a quotation introduced by a comma after its speaker’s clause', () => {
  cases([
    [
      'Singer Ana Ribeiro also reacted on Twitter, "Sad news to hear this morning."',
      [['direct', 'Sad news to hear this morning.', 'Ana Ribeiro']],
    ],
    [
      'The Velmont Group released a statement which read, in part, "This ruling raises hard questions."',
      [['direct', 'This ruling raises hard questions.', 'Velmont Group']],
    ],
    ['In a letter to Ana Ribeiro, "the plan" was named after the river.', []],
  ]);
});

describe('pronouns: the subject before objects, possessors and names inside quotations', () => {
  const speakers = (body: string) => quotesIn(body).map((quote) => quote[2]);
  it('takes the subject, not the object named after it', () => {
    const body =
      'Marta Lindqvist endorsed her former rival, Jonas Berg. "Three months ago," she said, "I entered the race."';
    expect(speakers(body)).toEqual(['Marta Lindqvist', 'Marta Lindqvist']);
  });
  it('passes over a possessor', () => {
    const body =
      'Governor Ruth Adeyemi met the board on Monday. Lopez’s critics were not invited. "We will rebuild," she said.';
    expect(speakers(body)).toEqual(['Ruth Adeyemi']);
  });
  it('passes over a name inside the quotation', () => {
    const body =
      'Ines Okafor, the harbour master, spoke first. "Nobody told Grace Amadi about the storm," she added.';
    expect(speakers(body)).toEqual(['Ines Okafor']);
  });
  it('takes the person who became the subject after the last quote', () => {
    const body = [
      'Union leader Dario Esposito said the strike would go on.',
      'Minister Paolo Bellini urged both sides to talk on Friday.',
      '"We will send mediators," he said.',
    ].join('\n');
    expect(speakers(body)).toEqual(['Dario Esposito', 'Paolo Bellini']);
  });
  it('takes the subject of a participle clause after "with"', () => {
    const body = [
      'Minister Paolo Bellini visited the site on Monday.',
      'Work stopped on Tuesday, with Dario Esposito describing the risk of a collapse.',
      'He estimated this would take a day.',
    ].join(' ');
    expect(speakers(body)).toEqual(['Dario Esposito']);
  });
});

describe('bodies and descriptions as speakers', () => {
  cases([
    [
      'Marlow Valley Police arrested two men. Police said on Monday they believe the theft was planned.',
      [['indirect', 'they believe the theft was planned', 'Marlow Valley Police']],
    ],
    [
      'On Wednesday, the German government said the opposition leader had been poisoned.',
      [['indirect', 'the opposition leader had been poisoned', 'German government']],
    ],
    [
      'Al Jazeera reported that the minister was flown to a hospital in Jakarta.',
      [['indirect', 'the minister was flown to a hospital in Jakarta', 'Al Jazeera']],
    ],
  ]);
});

describe('a person before an affiliation described in lower case', () => {
  cases([
    [
      "Rafael Quintero of the island's power authority said fixing the plant may take a year.",
      [['indirect', 'fixing the plant may take a year', 'Rafael Quintero']],
    ],
    [
      'Greta Holm of the victims’ group Open Doors said the decree did not go far enough.',
      [['indirect', 'the decree did not go far enough', 'Greta Holm']],
    ],
  ]);
});

describe('the limits of a reported clause', () => {
  cases([
    [
      'Both companies have been in operation since the 1970s according to the Valdor Times.',
      [['indirect', 'Both companies have been in operation since the 1970s', 'Valdor Times']],
    ],
    [
      'The Velmont Group denies the two fires are related; reports describe a gas leak.',
      [['indirect', 'the two fires are related', 'Velmont Group']],
    ],
    [
      'His daughter said he died in Lisbon without elaborating.',
      [['indirect', 'he died in Lisbon without elaborating', null]],
    ],
    [
      'KB&T stated it scheduled the blackouts because of high winds.',
      [['indirect', 'it scheduled the blackouts because of high winds', 'KB&T']],
    ],
  ]);
});

describe('words that look like speech verbs and report nothing', () => {
  cases([
    ['One of the stated goals of the pact is to encourage more trade.', []],
    ['Governor Leta Fonoti declared a state of emergency on Friday.', []],
    [
      'In 1962, when drummer Carl Moss was leaving the band, Moss recommended Hale to replace him.',
      [],
    ],
    [
      'The city’s security chief, Omar Haddad, announced on Tuesday there were suspects in custody.',
      [['indirect', 'there were suspects in custody', 'Omar Haddad']],
    ],
  ]);
});

describe('two speakers in one sentence', () => {
  cases([
    [
      'Local officials said 24 people were hurt, but broadcaster KRT later reported the fire started in a car.',
      [
        ['indirect', '24 people were hurt', null],
        ['indirect', 'the fire started in a car', 'KRT'],
      ],
    ],
    [
      'Minister Lena Vasquez said the count was "presumably between 30 and 40 people", while Deputy Governor Oleg Marin indicated 68 people were missing.',
      [
        ['mixed', 'the count was "presumably between 30 and 40 people"', 'Lena Vasquez'],
        ['indirect', '68 people were missing', 'Oleg Marin'],
      ],
    ],
  ]);
});

describe('more speakers of real wire copy', () => {
  cases([
    [
      'Republican Senator Jonas Crane visited the port. Republican President Crane noted the "strength" of the dock workers on Twitter.',
      [['mixed', 'the "strength" of the dock workers', 'Jonas Crane']],
    ],
    [
      'The Lagos government said the market had reopened.',
      [['indirect', 'the market had reopened', 'Lagos government']],
    ],
    [
      'The head of the police, Neil Okoro, on Sunday said the attacker acted alone.',
      [['indirect', 'the attacker acted alone', 'Neil Okoro']],
    ],
    [
      'The Valdor Times quoted Tim Mercer, a former official, as saying the agency had to be involved.',
      [['indirect', 'the agency had to be involved', 'Tim Mercer']],
    ],
    [
      'Governor Ana Ruiz and her supporters claimed the vote was rigged.',
      [['indirect', 'the vote was rigged', 'Ana Ruiz']],
    ],
  ]);
});

describe('the nearest attribution, and the sentence’s subject when none', () => {
  cases([
    [
      'The agency noted the need to act: "All countries can still change course," said Director-General Ruth Amadi.',
      [['direct', 'All countries can still change course,', 'Ruth Amadi']],
    ],
    [
      'The mayor of Harlow, Dana Whitcombe, thanked "the police and the emergency services for their swift response".',
      [
        [
          'direct',
          'the police and the emergency services for their swift response',
          'Dana Whitcombe',
        ],
      ],
    ],
  ]);
});

describe('adjuncts, relative clauses and acts around a report', () => {
  cases([
    [
      'Deutsche Welle (DW) reported in mid-2019, 62 shops had closed within a year.',
      [['indirect', '62 shops had closed within a year', 'Deutsche Welle']],
    ],
    [
      'Carl Hensby of the Marlow Foundation, which ran a contest some years ago, noted the sprays are also found in toothpaste.',
      [['indirect', 'the sprays are also found in toothpaste', 'Carl Hensby']],
    ],
    [
      'With the acquisition Vellmark said it seeks to improve its coverage in the south.',
      [['indirect', 'it seeks to improve its coverage in the south', 'Vellmark']],
    ],
    [
      'Senator Ana Ruiz said there was a lack of transparency and urged the crowd to stay.',
      [['indirect', 'there was a lack of transparency', 'Ana Ruiz']],
    ],
  ]);
});

describe('names after a body and after a pseudonym', () => {
  cases([
    [
      '"Nothing has changed," Hong Kong director of Amnesty International Man-kei Lau said in a statement.',
      [['direct', 'Nothing has changed,', 'Man-kei Lau']],
    ],
    [
      '"She is doing this to break the movement," said a protester using the pseudonym Tavi.',
      [['direct', 'She is doing this to break the movement,', 'Tavi']],
    ],
  ]);
});

describe('words a speaker characterised something with, and terms that are not speech', () => {
  cases([
    [
      'Labour MP Tom Walsh called the proposed deal "lousy" and said he would vote against it.',
      [
        ['direct', 'lousy', 'Tom Walsh'],
        ['indirect', 'he would vote against it', 'Tom Walsh'],
      ],
    ],
    [
      'President Carl Dunmore characterized the call as "perfectly fine and routine."',
      [['direct', 'perfectly fine and routine.', 'Carl Dunmore']],
    ],
    ['The cabinet’s bill used the terms "same-sex family relationship" and "same-sex union."', []],
    ['The court ruled in the case "Ana Ruiz vs. Velmont Holdings Limited".', []],
  ]);
});

describe('in the words of', () => {
  cases([
    [
      'The case was grim, and in the words of the Crown prosecutor, Mark Tedley, QC, "She spent months crying."',
      [['direct', 'She spent months crying.', 'Mark Tedley']],
    ],
  ]);
});

describe('one report to each part of a sentence that a semicolon divides', () => {
  cases([
    [
      'Dr. Ilse Varga said the mayor was stable; Radio Kestrel reported he received surgery.',
      [
        ['indirect', 'the mayor was stable', 'Ilse Varga'],
        ['indirect', 'he received surgery', 'Radio Kestrel'],
      ],
    ],
    [
      'The Valdor Times later reported officials, following an inquiry, stated it was a coconut.',
      [['indirect', 'officials, following an inquiry, stated it was a coconut', 'Valdor Times']],
    ],
  ]);
});

describe('the body whose figures, schedule or report a clause cites', () => {
  cases([
    [
      'Deaths have averaged around 50% according to the Ministry of Health’s statistics.',
      [['indirect', 'Deaths have averaged around 50%', 'Ministry of Health']],
    ],
    [
      'According to Valdor Power’s schedule, by noon over half a million could be affected.',
      [['indirect', 'by noon over half a million could be affected', 'Valdor Power']],
    ],
    [
      'Seventy villages were affected according to NDRRMC report on Saturday, which listed injuries.',
      [['indirect', 'Seventy villages were affected', 'NDRRMC']],
    ],
  ]);
});

describe('embassies, and a source that interrupts its clause', () => {
  cases([
    [
      'The Peruvian Embassy said the claim was false.',
      [['indirect', 'the claim was false', 'Peruvian Embassy']],
    ],
    [
      'The Valdor Fire Service sent 30 engines. One child was, according to the fire service, among the dead.',
      [
        [
          'indirect',
          'One child was, according to the fire service, among the dead',
          'Valdor Fire Service',
        ],
      ],
    ],
  ]);
});

describe('an adverb in -ly between the speaker and the verb', () => {
  cases([
    [
      'Tomas Quirke denied it. Quirke consistently claimed the deal was fair.',
      [['indirect', 'the deal was fair', 'Tomas Quirke']],
    ],
  ]);
});

describe('a second verb that reports a clause straight after "and"', () => {
  cases([
    [
      'The Valdor Ministry of Transport indicated no other vehicles were involved and suggested the driver had fallen asleep.',
      [
        ['indirect', 'no other vehicles were involved', 'Valdor Ministry of Transport'],
        ['indirect', 'the driver had fallen asleep', 'Valdor Ministry of Transport'],
      ],
    ],
  ]);
});

describe('a person in apposition to the role after "according to"', () => {
  cases([
    [
      'According to Harlow’s first selectman, Dana Whitcombe, there were ten passengers aboard.',
      [['indirect', 'there were ten passengers aboard', 'Dana Whitcombe']],
    ],
  ]);
});

describe('a citation after the verb, a time with a colon, and a second act of the speaker', () => {
  cases([
    [
      'Radio Kestrel reported, citing Valdor University data, there were over 1,000 deaths.',
      [['indirect', 'there were over 1,000 deaths', 'Radio Kestrel']],
    ],
    [
      'Valdor Power announced via Twitter around 11:30 am (1830 UTC), phase one had been completed.',
      [['indirect', 'phase one had been completed', 'Valdor Power']],
    ],
    ['Valdor Power announced the schedule in a press release and followed it up on radio.', []],
  ]);
});

describe('a quotation after ", saying" is the sentence subject’s', () => {
  cases([
    [
      'Dr Ilse Varga spoke first. Director Amaka Oduya spoke later. Oduya expressed a similar view, saying "we have never seen a year like it."',
      [['direct', 'we have never seen a year like it.', 'Amaka Oduya']],
    ],
  ]);
});

describe('a second characterisation joined to the first', () => {
  cases([
    [
      'Prime minister Amaka Oduya called the border deal "null and void" and "geographically absurd".',
      [
        ['direct', 'null and void', 'Amaka Oduya'],
        ['direct', 'geographically absurd', 'Amaka Oduya'],
      ],
    ],
  ]);
});

describe('a quotation according to a tweet or statement by someone', () => {
  cases([
    [
      '"The airline carries weapons across the region," according to a tweet on Monday by US Secretary of State Dana Whitcombe.',
      [['direct', 'The airline carries weapons across the region,', 'Dana Whitcombe']],
    ],
  ]);
});

describe('a plural noun before an auxiliary, and a source after a phrase of time and place', () => {
  cases([
    ['Seven member states had bid to host the secretariat, with Ghana winning.', []],
    [
      'On Sunday in Valdor, according to witnesses, a man in a fake vest entered a store.',
      [['indirect', 'a man in a fake vest entered a store', null]],
    ],
  ]);
});

describe('a source that breaks a clause after its subject', () => {
  cases([
    [
      'Local authorities, according to the Valdor Bulletin, have noted other unusual data.',
      [
        [
          'indirect',
          'Local authorities, according to the Valdor Bulletin, have noted other unusual data',
          'Valdor Bulletin',
        ],
      ],
    ],
  ]);
});

describe('a condition and the clause it governs', () => {
  cases([
    [
      'President Omar Haddad said if the goal is peace, then foreign powers should leave.',
      [['indirect', 'if the goal is peace, then foreign powers should leave', 'Omar Haddad']],
    ],
    ['Minister Ilse Varga asked if the plan would work.', []],
  ]);
});

describe('a clause reported before a colon and the quotation it introduces', () => {
  cases([
    [
      'Senator Ilse Varga tweeted she was not aware of the rally but would go anyway: "Wow! Thousands of people."',
      [
        ['indirect', 'she was not aware of the rally but would go anyway', 'Ilse Varga'],
        ['direct', 'Wow! Thousands of people.', 'Ilse Varga'],
      ],
    ],
    [
      'Mayor Ilse Varga said at the presentation: "We will build it."',
      [['direct', 'We will build it.', 'Ilse Varga']],
    ],
  ]);
});

describe('a characterisation some words after its verb', () => {
  cases([
    [
      'Dana Whitcombe called Prime Minister Ilse Varga’s proposed trade deal "lousy".',
      [['direct', 'lousy', 'Dana Whitcombe']],
    ],
  ]);
});

describe('a report carried by an agency is the speaker’s, not the agency’s', () => {
  const speakers = (body: string) => quotesIn(body).map((quote) => quote[2]);
  it('takes the person who said it', () => {
    expect(
      speakers(
        'According to the news agency Kestrel, the prosecutor general, Omar Haddad, said the 36 must face charges.',
      ),
    ).toEqual(['Omar Haddad']);
  });
});

describe('a short quotation before an inverted attribution without a comma', () => {
  cases([
    [
      '"We stand ready" tweeted Ilse Varga "to provide whatever help we can."',
      [
        ['direct', 'We stand ready', 'Ilse Varga'],
        ['direct', 'to provide whatever help we can.', 'Ilse Varga'],
      ],
    ],
  ]);
});

describe('a passive speech verb: the agent speaks, not the subject', () => {
  cases([
    [
      'Omar Haddad visited the site. He was told by Emergencies Minister Ilse Varga of "perhaps forty people under the rubble", while others disagreed.',
      [['direct', 'perhaps forty people under the rubble', 'Ilse Varga']],
    ],
    ['"It is over," she was told.', [['direct', 'It is over,', null]]],
  ]);
});

describe('a given name that is also an ordinary word', () => {
  cases([
    [
      'Voter Kitty Abernathy told the Harbour Herald, "It is a protest vote."',
      [['direct', 'It is a protest vote.', 'Kitty Abernathy']],
    ],
    [
      'Broadcaster Piers Calloway commented, "The man with the tusk is a chef."',
      [['direct', 'The man with the tusk is a chef.', 'Piers Calloway']],
    ],
  ]);
});

describe('a speaker named in an apposition behind a description in lower case', () => {
  cases([
    [
      'The study’s lead author, doctoral candidate Imani Wekesa, said, "We looked at every plant."',
      [['direct', 'We looked at every plant.', 'Imani Wekesa']],
    ],
    [
      'Another co-author, civil and environmental engineering professor Tane Whakaari, said the gap was widening.',
      [['indirect', 'the gap was widening', 'Tane Whakaari']],
    ],
    [
      'One of the authors, herpetologist Lars Eklund, told Coastline Magazine the pattern ran deep.',
      [['indirect', 'the pattern ran deep', 'Lars Eklund']],
    ],
    [
      // The name after "the general manager of" is where he works, not who spoke.
      'Rafael Quintero, the general manager of Brisa Marina, said the staff were shaken.',
      [['indirect', 'the staff were shaken', 'Rafael Quintero']],
    ],
  ]);
});

describe('a person of a body, named in one capitalised run', () => {
  cases([
    [
      'Ecologist Ryan Okafor of the University of Otago in Dunedin also said the count was unusual.',
      [['indirect', 'the count was unusual', 'Ryan Okafor']],
    ],
    [
      'Hanna Lindgren of the Nordic Reef Institute said the water had warmed.',
      [['indirect', 'the water had warmed', 'Hanna Lindgren']],
    ],
  ]);
});

describe('an outlet reporting a clause after an opening adverbial', () => {
  cases([
    [
      'In the immediate aftermath of the vote, Radio Valdor reported Mara Quist was expected to resign.',
      [['indirect', 'Mara Quist was expected to resign', 'Radio Valdor']],
    ],
    [
      'The bridge will reopen in May, Mayor Ines Okafor told Radio Valdor.',
      [['indirect', 'The bridge will reopen in May', 'Ines Okafor']],
    ],
  ]);
});

describe('the subject of the sentence speaks, not a medium or an apposition', () => {
  cases([
    [
      'The Harbour Museum thanked the crew for the repair, noting on Twitter "the work began a new era of spacewalks".',
      [['direct', 'the work began a new era of spacewalks', 'Harbour Museum']],
    ],
    [
      'Sione Vake, the acting Prime Minister of Tonga, spoke out against the attack, calling it "an aggression on Tonga as a state".',
      [['direct', 'an aggression on Tonga as a state', 'Sione Vake']],
    ],
  ]);
});

describe('someone’s statement "reads" what they said', () => {
  cases([
    [
      '"The restrictions may once have had a reason," reads Judge Ilse Marten’s statement.',
      [['direct', 'The restrictions may once have had a reason,', 'Ilse Marten']],
    ],
    [
      '"Huber was respected in every way," reads a Pacific Wrestling Federation press release.',
      [['direct', 'Huber was respected in every way,', 'Pacific Wrestling Federation']],
    ],
  ]);
});

describe('an unnamed subject after an opening phrase', () => {
  cases([
    [
      'Although known to have lived his last years in Fiji, his daughter said he died in Auckland.',
      [['indirect', 'he died in Auckland', null]],
    ],
  ]);
});

describe('a speaker who "went on to say"', () => {
  cases([
    [
      'Judge Tomas Riel spoke for an hour. Riel went on to say the sentence was not the longest possible.',
      [['indirect', 'the sentence was not the longest possible', 'Tomas Riel']],
    ],
  ]);
});

describe('an outlet named by its kind', () => {
  cases([
    [
      'One news website, the Valdor Herald, claims officials have ascribed the fire to arson.',
      [['indirect', 'officials have ascribed the fire to arson', 'Valdor Herald']],
    ],
    [
      'The Valdor Herald first reported the fire. The website further reported its source claimed a fourth man escaped.',
      [['indirect', 'its source claimed a fourth man escaped', 'Valdor Herald']],
    ],
  ]);
});

describe('a comma after a bracketed short form before the verb', () => {
  cases([
    [
      'On Monday, Director Lea Marchetti of the National Institute of Marine Science (NIMS), announced the trial was stopped early.',
      [['indirect', 'the trial was stopped early', 'Lea Marchetti']],
    ],
  ]);
});
