// More shapes of attribution from real wire copy (issue 11's classes), found once
// realNews.test.ts had filled up: bodies named by a noun alone, whose statement reads, asides and
// phrases of the occasion, participles, family roles, media after "said on". Every sentence and
// person here is invented.
import { describe } from 'vitest';
import { quoteCases as cases } from './testQuotes';

describe('a long opening phrase before the subject of a characterisation', () => {
  cases([
    [
      'In a related press release issued the following day, the Harlow Ministry of Trade denounced the summit, calling the accords "unfair and fully one-sided in every respect".',
      [['direct', 'unfair and fully one-sided in every respect', 'Harlow Ministry of Trade']],
    ],
  ]);
});

describe('a phrase of the occasion between a speaker and the verb', () => {
  cases([
    [
      'On Tuesday, Prime Minister Ilse Varga speaking to a Valdor think tank called the treaty "void" and "absurd".',
      [
        ['direct', 'void', 'Ilse Varga'],
        ['direct', 'absurd', 'Ilse Varga'],
      ],
    ],
  ]);
});

describe('a characterisation the outlet only reports', () => {
  cases([
    [
      'Okafor called the mayor’s conduct a "breach of his duties," according to the Valdor Herald.',
      [['direct', 'breach of his duties,', 'Okafor']],
    ],
  ]);
});

describe('police named by the noun alone', () => {
  cases([
    [
      'A man attacked shoppers on Friday. Police said the attacker wore a fake vest. According to police, the first call came at 2 pm.',
      [
        ['indirect', 'the attacker wore a fake vest', 'Police'],
        ['indirect', 'the first call came at 2 pm', 'Police'],
      ],
    ],
    [
      'Valdor Police closed the road. Police said two men were held.',
      [['indirect', 'two men were held', 'Valdor Police']],
    ],
  ]);
});

describe('a fire service and county police named by the noun alone', () => {
  cases([
    [
      'The blaze killed three. The fire service indicated on Twitter the baby was critically ill.',
      [['indirect', 'the baby was critically ill', 'Fire Service']],
    ],
    [
      'Guests fled when officers arrived, according to county police.',
      [['indirect', 'Guests fled when officers arrived', 'Police']],
    ],
  ]);
});

describe('whose statement, letter or post reads', () => {
  cases([
    [
      'Judge Ana Ruiz ruled on Monday. Part of the judge’s statement reads "the average recruit is better suited than before."',
      [['direct', 'the average recruit is better suited than before.', 'Ana Ruiz']],
    ],
    [
      'The Harlow Tennis Federation released a statement on the arrest. It read, "We have always condemned violence of any kind."',
      [['direct', 'We have always condemned violence of any kind.', 'Harlow Tennis Federation']],
    ],
    [
      'The Valdor Islands Government opposed the ruling. Their statement also read "citizenship imposed over our objections violates self-determination."',
      [
        [
          'direct',
          'citizenship imposed over our objections violates self-determination.',
          'Valdor Islands Government',
        ],
      ],
    ],
    [
      'The Harlow prosecutor’s office said in a statement that it respected the decision.',
      [['indirect', 'it respected the decision', null]],
    ],
  ]);
});

describe('a phrase of time or a medium after the verb is not the clause', () => {
  cases([
    [
      'The Valdor Herald reported on Sunday the Harlow party had finalised its list.',
      [['indirect', 'the Harlow party had finalised its list', 'Valdor Herald']],
    ],
  ]);
});

describe('a name after a speech verb opens that verb’s clause, not the sentence subject’s quote', () => {
  cases([
    [
      'Mayor Ilse Varga declined an offer made in a recording in which someone audibly says Varga "has no grasp of the budget at all."',
      [['direct', 'has no grasp of the budget at all.', null]],
    ],
  ]);
});

describe('whoever follows "told" is spoken to, not the speaker', () => {
  cases([
    [
      'Lina Moreau, a spokeswoman for the police of nearby Valdor, told CNN, neighbours from other farms came to help.',
      [['indirect', 'neighbours from other farms came to help', 'Lina Moreau']],
    ],
    [
      'Lina Moreau told reporters neighbours came to help.',
      [['indirect', 'neighbours came to help', 'Lina Moreau']],
    ],
  ]);
});

describe('a phrase of the occasion with "in" and a gerund', () => {
  cases([
    [
      'Assembly president Marc Delorme in relaying the news to parliament said, "He is part of our history".',
      [['direct', 'He is part of our history', 'Marc Delorme']],
    ],
  ]);
});

describe('a short aside between the speaker and the verb', () => {
  cases([
    [
      'The Harlow Green Party in Valdor, in its statement, said he was a "gentleman politician".',
      [['mixed', 'he was a "gentleman politician"', 'Harlow Green Party']],
    ],
  ]);
});

describe('a role after the verb, then the person who holds it', () => {
  cases([
    [
      'Alan Tarsi drowned in 2015. "This day is very hard for me," said his father, Abdullah Tarsi, after the ceremony.',
      [['direct', 'This day is very hard for me,', 'Abdullah Tarsi']],
    ],
  ]);
});

describe('a relative clause’s own subject characterises', () => {
  cases([
    [
      'Lena Kovac, spokeswoman for the ministry, criticised the vote, which Ortiz has referred to as "gamesmanship" and a "stunt".',
      [
        ['direct', 'gamesmanship', 'Ortiz'],
        ['direct', 'stunt', 'Ortiz'],
      ],
    ],
  ]);
});

describe('a prefixed role opening the sentence is no part of the name', () => {
  cases([
    [
      'Co-author Mei-Lin Zhou said, "Our work shows the motion developed on its own."',
      [['direct', 'Our work shows the motion developed on its own.', 'Mei-Lin Zhou']],
    ],
  ]);
});

describe('announcing a death is no inversion', () => {
  cases([
    ['Yesterday, Roskarta, the Valdor space agency, announced the death of pilot Ivo Marek.', []],
  ]);
});

describe('a body as the subject of the clause before a colon', () => {
  cases([
    [
      'In a statement, the Valdor Ministry of Defence justified the strike, which was approved by President Ana Ruiz, as "defensive": "The army has taken decisive defensive action."',
      [['direct', 'The army has taken decisive defensive action.', 'Valdor Ministry of Defence']],
    ],
  ]);
});

describe('"with X calling Y "…"": each participle’s own subject', () => {
  cases([
    [
      'Members opposed the inquiry, with Dale Pruett of Leeds calling it "Soviet-style" and Ines Okafor of Cork calling the process "a blatant coup".',
      [
        ['direct', 'Soviet-style', 'Dale Pruett'],
        ['direct', 'a blatant coup', 'Ines Okafor'],
      ],
    ],
  ]);
});

describe('a person named after a possessor and a description, after the verb', () => {
  cases([
    [
      '"Heartbroken and numb," writes Tarsi’s longtime tag team partner Ivo Marek on Instagram.',
      [['direct', 'Heartbroken and numb,', 'Ivo Marek']],
    ],
  ]);
});

describe('a demonym before the body a statement is by', () => {
  cases([
    [
      'According to a statement by the Kenyan Red Cross, 40 people died in the floods.',
      [['indirect', '40 people died in the floods', 'Red Cross']],
    ],
  ]);
});

describe('an account of how, a view that, and an addressee after "to"', () => {
  cases([
    [
      'Ines Okafor has described how the soldiers beat her.',
      [['indirect', 'how the soldiers beat her', 'Ines Okafor']],
    ],
    [
      'Ines Okafor reiterated her view that the plan would fail.',
      [['indirect', 'the plan would fail', 'Ines Okafor']],
    ],
    [
      'Valdor Rail Ltd confirmed to the stock exchange that it had sold the unit.',
      [['indirect', 'it had sold the unit', 'Valdor Rail Ltd']],
    ],
    ['Ines Okafor asked how the vaccine works in the body.', []],
  ]);
});

describe('a family role: the one person of that sex named so far', () => {
  cases([
    [
      'Dario Lenz and Ilse Varga were sentenced on Friday. The father said "I love my children." The mother said "I am sorry."',
      [
        ['direct', 'I love my children.', 'Dario Lenz'],
        ['direct', 'I am sorry.', 'Ilse Varga'],
      ],
    ],
    [
      'Dario Lenz and Tomas Riel were sentenced on Friday. The father said "I love my children."',
      [['direct', 'I love my children.', null]],
    ],
  ]);
});

describe('"that" after a noun and before a verb opens a relative clause', () => {
  cases([
    [
      'Under the deal, Harlow and Valdor agreed on a line as their shared border that would make the bay part of the Harlow zone.',
      [],
    ],
    [
      'Ines Okafor said in a statement that the plan would fail.',
      [['indirect', 'the plan would fail', 'Ines Okafor']],
    ],
  ]);
});

describe('a report after ", as" and a named subject’s second verb after "but"', () => {
  cases([
    [
      'The Valdor News Channel is still on air, as Valdor Broadcasting claims the order did not cover its news channel.',
      [['indirect', 'the order did not cover its news channel', 'Valdor Broadcasting']],
    ],
    [
      'The Harlow Press Agency did not mention if there were casualties, but said exports were continuing.',
      [['indirect', 'exports were continuing', 'Harlow Press Agency']],
    ],
  ]);
});

describe('a named programme after "said on" is the medium, not the clause', () => {
  cases([
    [
      'Ivo Marek, the information minister, paid tribute. He said on Radio Valdor’s Morning in Focus programme "It is a great loss to the people."',
      [['direct', 'It is a great loss to the people.', 'Ivo Marek']],
    ],
    [
      'Ines Okafor said on Valdor News that the plan would fail.',
      [['indirect', 'the plan would fail', 'Ines Okafor']],
    ],
  ]);
});

describe('an opening phrase, then a speaker whose verb reports a clause with commas in it', () => {
  cases([
    [
      'As of Monday evening, the Valdor Weather Office reported the storm had winds of 50 kilometres per hour (31 mph), just shy of a cyclone.',
      [
        [
          'indirect',
          'the storm had winds of 50 kilometres per hour (31 mph), just shy of a cyclone',
          'Valdor Weather Office',
        ],
      ],
    ],
    [
      "Speaking in the family's defence, Rafael Ostrom said that, as the parents came from abroad, they should be acquitted.",
      [['indirect', 'as the parents came from abroad, they should be acquitted', 'Rafael Ostrom']],
    ],
  ]);
});

describe('a relative clause on the source after "according to"', () => {
  cases([
    [
      'According to the Valdor Press Agency, which cited sources close to the inquiry, the driver had been awake for two days.',
      [['indirect', 'the driver had been awake for two days', 'Valdor Press Agency']],
    ],
  ]);
});

describe('a quoted term the sentence defines is no speech', () => {
  cases([
    [
      'The weather office reported the storm had weakened. A "tropical depression" is the weakest form of tropical cyclone.',
      [['indirect', 'the storm had weakened', null]],
    ],
  ]);
});

describe('a newspaper named "The …" opening the sentence', () => {
  cases([
    [
      'The Lantern reported that the mayor had resigned.',
      [['indirect', 'the mayor had resigned', 'The Lantern']],
    ],
    // A title or a kind of body after "The" names no one.
    ['The Chancellor said the mayor had resigned.', [['indirect', 'the mayor had resigned', null]]],
  ]);
});

describe('a characterisation in the passive', () => {
  cases([
    // The one after "by" characterises; without "by", no one named does.
    [
      'Ostrom has been described by the Daily Lantern as a "squirrel whisperer".',
      [['direct', 'squirrel whisperer', 'Daily Lantern']],
    ],
    ['Ostrom was described as "a strong advocate for the river".', []],
  ]);
});

describe('an apposition on the source after "according to"', () => {
  cases([
    [
      "According to Ines Carvalho, Ostrom's former spokeswoman, Ostrom died of a rare virus.",
      [['indirect', 'Ostrom died of a rare virus', 'Ines Carvalho']],
    ],
  ]);
});

describe('an opening phrase and an aside between dashes before the speaker', () => {
  cases([
    [
      'On September 13 — two days after the ruling — Varga said she remained hopeful a deal would be reached.',
      [['indirect', 'she remained hopeful a deal would be reached', 'Varga']],
    ],
  ]);
});

describe('long quoted words after a participle of characterising, with no speech verb', () => {
  cases([
    [
      'Members criticised the inquiry, with Ana Ribeiro of Porto objecting to its scope and Tomasz Wierzbicki of Gdansk calling the process "a blatant and obvious attempt to silence every critic of the harbour board".',
      [
        [
          'direct',
          'a blatant and obvious attempt to silence every critic of the harbour board',
          'Tomasz Wierzbicki',
        ],
      ],
    ],
  ]);
});

describe('people around a person speak, not the person', () => {
  cases([
    [
      'Ana Ribeiro fell ill on a flight. Associates of Ribeiro alleged she drank poisoned tea.',
      [['indirect', 'she drank poisoned tea', null]],
    ],
  ]);
});

describe('an attribution stopped with a full stop after the quotation', () => {
  cases([
    [
      'Tomasz Wierzbicki said the vote would be held on Tuesday. "The people deserve the truth, and the charter demands a vote." Ines Carvalho said. The council must find the money.',
      [
        ['indirect', 'the vote would be held on Tuesday', 'Tomasz Wierzbicki'],
        [
          'direct',
          'The people deserve the truth, and the charter demands a vote.',
          'Ines Carvalho',
        ],
      ],
    ],
  ]);
});

describe('an addressee described by its place', () => {
  cases([
    [
      'Spokesperson Ines Carvalho told Lisbon-based broadcaster Valdor TV safety rules had been followed.',
      [['indirect', 'safety rules had been followed', 'Ines Carvalho']],
    ],
  ]);
});

describe('a name after a plural source opens the reported clause', () => {
  cases([
    [
      'According to official statements, Varga, now working from the hospital, is to keep performing her duties.',
      [
        [
          'indirect',
          'Varga, now working from the hospital, is to keep performing her duties',
          null,
        ],
      ],
    ],
  ]);
});

describe('a body in a place and the region that place lies in', () => {
  cases([
    [
      'Police in Marlow, Texas, said the driver had been stopped twice before.',
      [['indirect', 'the driver had been stopped twice before', 'Police']],
    ],
    [
      'Officials in Kisumu, Kenya said the water had risen overnight.',
      [['indirect', 'the water had risen overnight', null]],
    ],
    [
      'According to police in Marlow, Texas, the driver had been stopped twice before.',
      [['indirect', 'the driver had been stopped twice before', 'Police']],
    ],
  ]);
});

describe('a body owned by another', () => {
  cases([
    [
      "According to the University of Calgary's Centre for Glacier Studies, the ice shelf lost a tenth of its mass.",
      [['indirect', 'the ice shelf lost a tenth of its mass', 'Centre for Glacier Studies']],
    ],
    [
      "The ice shelf lost a tenth of its mass, according to a report by the University of Calgary's Centre for Glacier Studies.",
      [['indirect', 'The ice shelf lost a tenth of its mass', 'Centre for Glacier Studies']],
    ],
    [
      "According to Norvale's chief executive, the merger would close in May.",
      [['indirect', 'the merger would close in May', null]],
    ],
  ]);
});

describe('a country qualifying the body that speaks', () => {
  cases([
    [
      'The Health Ministry said 40 people had died. The ministry of health of Belarus said 18 more were missing.',
      [
        ['indirect', '40 people had died', 'Health Ministry'],
        ['indirect', '18 more were missing', 'Health Ministry'],
      ],
    ],
    [
      'According to reports from the ministry of internal affairs of Belarus on Friday, about 18,000 people attended.',
      [['indirect', 'about 18,000 people attended', null]],
    ],
  ]);
});

describe('a body named by words the recogniser missed, before a noun of its kind', () => {
  cases([
    [
      'The Harlow Institute counted 900 cases. The outbreak has killed 55,000 people, according to the Brellow website.',
      [['indirect', 'The outbreak has killed 55,000 people', 'Brellow website']],
    ],
    [
      'On Monday, Lantern magazine announced that it would stop printing in June.',
      [['indirect', 'it would stop printing in June', 'Lantern magazine']],
    ],
  ]);
});

describe('a group around a person, named by a possessive', () => {
  cases([
    [
      'Okafor pleaded not guilty. His legal team argued he had only represented his client. The Valdor government suggested his debts were a motive.',
      [
        ['indirect', 'he had only represented his client', null],
        ['indirect', 'his debts were a motive', 'Valdor government'],
      ],
    ],
  ]);
});

describe('a role someone new holds, and a relative of the one named', () => {
  cases([
    [
      'Former senator Ilse Varga died in her sleep on Sunday, according to a family spokesperson.',
      [['indirect', 'Former senator Ilse Varga died in her sleep on Sunday', null]],
    ],
    [
      'Tomas Okafor drowned in 2015. The family had, his surviving father says, paid smugglers to take them across.',
      [
        [
          'indirect',
          'The family had, his surviving father says, paid smugglers to take them across',
          null,
        ],
      ],
    ],
  ]);
});

describe('the government of a place, and a body called by its kind alone', () => {
  cases([
    [
      'The government of Tonga issued a statement backing the ruling: "Citizenship is for our people to decide."',
      [['direct', 'Citizenship is for our people to decide.', 'Government of Tonga']],
    ],
    [
      'The government of Tonga announced three days of mourning. The government said the funeral would be held in private.',
      [['indirect', 'the funeral would be held in private', 'Government of Tonga']],
    ],
    [
      'The Harlow Department of Prisons did not name the inmate. The Department said it had identified the attacker.',
      [['indirect', 'it had identified the attacker', 'Harlow Department of Prisons']],
    ],
  ]);
});

describe('a plural noun that looks like a speech verb', () => {
  cases([
    [
      'The Harlow Electoral Board urged states not to reschedule their elections but to vote by mail instead.',
      [],
    ],
  ]);
});

describe('reported speech real reports write without the usual frame', () => {
  cases([
    [
      'Police said over a hundred people attended the party, four of whom were injured.',
      [
        [
          'indirect',
          'over a hundred people attended the party, four of whom were injured',
          'Police',
        ],
      ],
    ],
    [
      'Neighbors told Valdor TV that the street is usually quiet.',
      [['indirect', 'the street is usually quiet', null]],
    ],
    [
      'However, she claimed she and her family had received threats over the vote.',
      [['indirect', 'she and her family had received threats over the vote', null]],
    ],
    [
      'A few days later the administration said it would appeal the ruling.',
      [['indirect', 'it would appeal the ruling', null]],
    ],
    [
      'Ilse Varga died on Monday at the age of 95, her son Tomas Varga announced.',
      [['indirect', 'Ilse Varga died on Monday at the age of 95', 'Tomas Varga']],
    ],
    [
      'The sergeant was due to retire in May, and a colleague said he had moved to the desk for its safety.',
      [['indirect', 'he had moved to the desk for its safety', null]],
    ],
    ['I was hauled in and told that my mother had attacked the group.', []],
  ]);
});

describe('subjects of reported speech that real reports write', () => {
  cases([
    [
      'The strike followed attacks on the embassy; Modern Farmer reported that the strikes were carried out by a militia.',
      [['indirect', 'the strikes were carried out by a militia', 'Modern Farmer']],
    ],
    [
      'Modern Farmer reported that the harvest had failed in three provinces.',
      [['indirect', 'the harvest had failed in three provinces', 'Modern Farmer']],
    ],
    [
      'His associates have alleged Okafor was poisoned.',
      [['indirect', 'Okafor was poisoned', null]],
    ],
    [
      'Kenya has further indicated no aid will come without reform.',
      [['indirect', 'no aid will come without reform', 'Kenya']],
    ],
    ['China, Iran and Russia have pledged funds and Syria is taxing certain goods.', []],
  ]);
});

describe('a body that a relative clause says reported something', () => {
  cases([
    [
      'The Harlow Dockers Union called a vote. The union, which said on Monday that the strike would go ahead, met the minister.',
      [['indirect', 'the strike would go ahead', 'Harlow Dockers Union']],
    ],
    [
      'The Harlow Police, which confirmed on Monday that two men had been charged, face questions.',
      [['indirect', 'two men had been charged', 'Harlow Police']],
    ],
    ['The Harlow Party, which announced its support for the bill, won the vote.', []],
  ]);
});

describe('a quotation after a sentence that names one person quoted before', () => {
  cases([
    [
      '"We made a lot of ground," Harlow coach Tomas Varga said.\n\n"It didn\'t come our way," Valdor captain Ana Okafor said.\n\nThe home side received two yellow cards, leaving Varga unimpressed. "One of them was questionable."',
      [
        ['direct', 'We made a lot of ground,', 'Tomas Varga'],
        ['direct', "It didn't come our way,", 'Ana Okafor'],
        ['direct', 'One of them was questionable.', 'Tomas Varga'],
      ],
    ],
  ]);
});

describe('an attribution after an exclamation, with an addressee or a time', () => {
  cases([
    [
      '"Our house is burning. It is an international crisis!" Ilse Varga told the world on Thursday via Twitter.',
      [['direct', 'Our house is burning. It is an international crisis!', 'Ilse Varga']],
    ],
    [
      '"We will not stop!" Tomas Okafor told reporters.',
      [['direct', 'We will not stop!', 'Tomas Okafor']],
    ],
  ]);
});

describe('quoted words in a relative clause about a person', () => {
  cases([
    [
      'Ana Ruiz said the deal was fair. Other members broke with her, such as Tomas Okafor, who denounced the team\'s claims as a "national embarrassment".',
      [
        ['indirect', 'the deal was fair', 'Ana Ruiz'],
        [
          'mixed',
          'Other members broke with her, such as Tomas Okafor, who denounced the team\'s claims as a "national embarrassment"',
          'Tomas Okafor',
        ],
      ],
    ],
  ]);
});

describe('a quotation a group the sentence does not name shouts', () => {
  cases([
    [
      '"We will leave on October 31," Tomas Okafor said.\n\nMembers of the opposition protested by shouting "shame on you!" as the session closed.',
      [
        ['direct', 'We will leave on October 31,', 'Tomas Okafor'],
        ['direct', 'shame on you!', null],
      ],
    ],
  ]);
});

describe('quoted words in a sentence whose subject acts', () => {
  cases([
    [
      'Police said twenty people were arrested. President Tomas Okafor lashed out at the mayor on Twitter, accusing her of "not doing her job".',
      [
        ['indirect', 'twenty people were arrested', 'Police'],
        [
          'mixed',
          'President Tomas Okafor lashed out at the mayor on Twitter, accusing her of "not doing her job"',
          'Tomas Okafor',
        ],
      ],
    ],
  ]);
});

describe("a body's written words opening the clause before a colon", () => {
  cases([
    [
      '"The suspension is lawful," Judge Ilse Varga said. The Harlow Court of Appeal ruled on Wednesday. The court\'s summary ended with the statement: "The Court will make an Order declaring the suspension unlawful."',
      [
        ['direct', 'The suspension is lawful,', 'Ilse Varga'],
        [
          'direct',
          'The Court will make an Order declaring the suspension unlawful.',
          'Harlow Court of Appeal',
        ],
      ],
    ],
  ]);
});

describe('an unnamed member who speaks for a body', () => {
  cases([
    [
      'The blaze in Karol Bagh was fought by the Delhi Fire Service. No cause was known, but a fire officer said wooden panels had blocked the corridors.',
      [['indirect', 'wooden panels had blocked the corridors', 'Delhi Fire Service']],
    ],
    [
      'The Ministry of Health of Dunmore published the figures on Monday. A senior ministry official said the real numbers were higher.',
      [['indirect', 'the real numbers were higher', 'Ministry of Health of Dunmore']],
    ],
    [
      'The Harlow Transit Authority runs the buses with the Kenyan Wildlife Trust. On Monday, a transit official said the line would close. Later, Kenyan officials said the bridge was safe.',
      [
        ['indirect', 'the line would close', 'Harlow Transit Authority'],
        ['indirect', 'the bridge was safe', null],
      ],
    ],
    [
      '"We do not act on political cases," an Interpol spokesperson stated. The spokesperson added that the agency "would not consider requests of this nature".',
      [
        ['direct', 'We do not act on political cases,', 'Interpol'],
        ['mixed', 'the agency "would not consider requests of this nature"', 'Interpol'],
      ],
    ],
  ]);
});

describe('what a body published, speaking for it', () => {
  cases([
    [
      'According to the Dunmore Transport Safety Board (DTSB), the aircraft had an incident in 1987. The report said there was one passenger seriously injured.',
      [
        ['indirect', 'the aircraft had an incident in 1987', 'Dunmore Transport Safety Board'],
        ['indirect', 'there was one passenger seriously injured', 'Dunmore Transport Safety Board'],
      ],
    ],
    [
      'Anna Kovacs published a study on Monday. The study said the river was polluted.',
      [['indirect', 'the river was polluted', null]],
    ],
  ]);
});

describe('an aside between an auxiliary and its verb', () => {
  cases([
    [
      'The Harlow Transit Authority has, in a statement, called on drivers to "slow down near the schools."',
      [['direct', 'slow down near the schools.', 'Harlow Transit Authority']],
    ],
  ]);
});

describe('a body named after a description, and a body that "did not …, but said"', () => {
  cases([
    [
      'One news site, the Harlow Herald, claims security sources have blamed the explosion on a gas leak.',
      [['indirect', 'security sources have blamed the explosion on a gas leak', 'Harlow Herald']],
    ],
    [
      'The Harlow Press Agency reported the attack. The agency did not mention if there were casualties, but said exports were continuing.',
      [['indirect', 'exports were continuing', 'Harlow Press Agency']],
    ],
  ]);
});

describe('a second speaker whose words are no clause', () => {
  cases([
    [
      'Officials said 24 people had been taken to hospital, but the Harlow Herald reported as many as 32 hospitalised.',
      [['indirect', '24 people had been taken to hospital', null]],
    ],
  ]);
});

describe("a court's words, and 'states' as a noun", () => {
  cases([
    [
      'The Harlow High Court heard the appeal in March. The court ruling said the law was void. A 2015 federal court decision said the matter was for parliament.',
      [
        ['indirect', 'the law was void', 'Harlow High Court'],
        ['indirect', 'the matter was for parliament', null],
      ],
    ],
    ['The milestone came as states began to relax their restrictions on travel.', []],
  ]);
});

describe('"According to X, citing Y," before the clause', () => {
  cases([
    [
      'According to the Harlow Wire, citing the emergencies ministry, twelve people died in the blast.',
      [['indirect', 'twelve people died in the blast', 'Harlow Wire']],
    ],
  ]);
});

describe('a ministry named by what it is for', () => {
  cases([
    [
      '"We are ready for the storm," said the ministry of health in a statement.',
      [['direct', 'We are ready for the storm,', 'Ministry of Health']],
    ],
    [
      'The Foreign Ministry of Dunmore condemned the strike. According to the health ministry, twelve people died in the blast.',
      [['indirect', 'twelve people died in the blast', 'Health Ministry']],
    ],
    [
      'The Ministry of Agriculture, Forestry and Fisheries of Dunmore published prices. The agriculture ministry said rice stocks were low.',
      [
        [
          'indirect',
          'rice stocks were low',
          'Ministry of Agriculture, Forestry and Fisheries of Dunmore',
        ],
      ],
    ],
  ]);
});

describe('the gender of Ukrainian and Russian given names', () => {
  cases([
    [
      'Yesterday, President Volodymyr Petrenko declined Prime Minister Oleksiy Marchenko\'s offer to resign after a recording leaked.\n\nMarchenko filed his resignation after the recording was uploaded on Wednesday. He said Petrenko is "a model of honesty for me".',
      [['mixed', 'Petrenko is "a model of honesty for me"', 'Oleksiy Marchenko']],
    ],
  ]);
});

describe('the body a person leads, named after them', () => {
  cases([
    [
      'President Tomas Okafor spoke on Monday. The Okafor administration said the rule would stand.',
      [['indirect', 'the rule would stand', 'Okafor administration']],
    ],
  ]);
});

describe('the person quoted since the last subject is what "he" stands for', () => {
  cases([
    [
      'Coach Matt Myers praised the forwards. Fitness was a big factor in that, according to captain Jarrod Kidston. "We have been working hard on our fitness," he said.',
      [
        ['indirect', 'Fitness was a big factor in that', 'Jarrod Kidston'],
        ['direct', 'We have been working hard on our fitness,', 'Jarrod Kidston'],
      ],
    ],
  ]);
});
