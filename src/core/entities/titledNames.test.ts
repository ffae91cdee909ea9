// Names after long roles, with letters after them, with "of" affiliations, and names that keep a
// capital "The": the shapes real wire copy gives speakers. Every sentence and person is invented.
import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';

/** Each entity as "type: name". */
function entitiesIn(body: string): string[] {
  return annotate({ body }).entities.map((entity) => `${entity.type}: ${entity.name}`);
}

describe('a role before a name is no part of it', () => {
  it.each([
    [
      'Emergency Situations Minister Radomir Kostelko said the search was over.',
      'Radomir Kostelko',
    ],
    ['Barrister Amaka Oduya QC said the case was closed.', 'Amaka Oduya'],
    ['Assemblywoman Lorna Beckwith said the bill would pass.', 'Lorna Beckwith'],
    ['Washington Gov. Harlan Teague said the roads were shut.', 'Harlan Teague'],
  ])('%s', (body, person) => {
    expect(entitiesIn(body)).toContain(`person: ${person}`);
  });

  it('makes a place inside the role a place of its own', () => {
    const body = 'Today, Chief Executive of Hong Kong Wendy Kwok delivered her speech.';
    expect(entitiesIn(body)).toEqual(['location: Hong Kong', 'person: Wendy Kwok']);
  });

  it('leaves an affiliation after "of" to the body or place it names', () => {
    expect(
      entitiesIn('Cardinal Tomas Verhaegen of the Holy See said the rules would change.'),
    ).toEqual(['person: Tomas Verhaegen', 'organization: Holy See']);
    expect(entitiesIn('President Omar Haddad el-Fassi of Egypt said the deal was a test.')).toEqual(
      ['person: Omar Haddad el-Fassi', 'location: Egypt'],
    );
  });
});

describe('names in mid-sentence', () => {
  it('keeps a capital "The" in the name of a newspaper or a band', () => {
    expect(entitiesIn('Forty people were arrested, according to The Guardian.')).toEqual([
      'organization: The Guardian',
    ]);
  });

  it('does not join a person to a platform by "on"', () => {
    const names = entitiesIn(
      '"We will build it," wrote Delgado on Twitter. Ana Delgado later deleted it.',
    );
    expect(names).not.toContain('organization: Delgado on Twitter');
    expect(names).toContain('person: Ana Delgado');
  });

  it('keeps "on" inside a body\'s name', () => {
    expect(entitiesIn('The Council on Rural Affairs said the fund was empty.')).toContain(
      'organization: Council on Rural Affairs',
    );
  });

  it('takes a town-like word for the surname of a person named in full', () => {
    const body =
      'Adviser Peter J. Bolton resigned on Monday. Bolton said he had offered to go. Bolton left at noon.';
    expect(entitiesIn(body)).toEqual(['person: Peter J. Bolton']);
  });
});

describe('bodies that read like something else', () => {
  it.each([
    ['A spokesperson for the White House said the talks would resume.', 'White House'],
    ['The House of Representatives voted on Tuesday.', 'House of Representatives'],
    ['Officials of the AfCFTA said tariffs would fall.', 'AfCFTA'],
    ['The Legislative Yuan passed the bill.', 'Legislative Yuan'],
    ['Kestrel Fire and Rescue requested support.', 'Kestrel Fire and Rescue'],
    ['The Ohio Highway Patrol closed the road.', 'Ohio Highway Patrol'],
    ['Volunteers of the Red Cross arrived.', 'Red Cross'],
    ['Politico reported the bill had failed.', 'Politico'],
    ['She posted a photograph on Instagram.', 'Instagram'],
    ['The Peruvian Embassy declined to comment.', 'Peruvian Embassy'],
  ])('%s', (body, organisation) => {
    expect(entitiesIn(body)).toContain(`organization: ${organisation}`);
  });

  it('takes a time zone or a ship prefix for no name', () => {
    const names = entitiesIn('The vessel HM Coastguard sighted it at 14:00 BST near Dover.');
    expect(names.some((name) => name.includes('BST'))).toBe(false);
  });
});

describe('acronyms the article defines as things', () => {
  it('takes no body from a system, a disease or a term in lower case', () => {
    const body =
      'Ships carry the Automatic Identification System (AIS). Ebola virus disease (EVD) spreads. ' +
      'The AIS signal was lost, and EVD cases rose, the World Health Organization (WHO) said.';
    expect(entitiesIn(body)).toEqual(['organization: World Health Organization']);
  });

  it('takes no body or person from a ship’s name', () => {
    expect(entitiesIn('The tanker MV Kestrel Dawn vanished near Jakarta.')).toEqual([
      'location: Jakarta',
    ]);
  });
});

describe('bodies behind a title word, laws and other names of a body', () => {
  it('keeps a body whose name ends on its head, whatever title word opens it', () => {
    expect(entitiesIn('The State Meteorological Agency said the heat would last.')).toEqual([
      'organization: State Meteorological Agency',
    ]);
  });

  it('takes no one from the name of a law', () => {
    expect(entitiesIn('The intention of the Labour Relations Act was clear.')).toEqual([]);
  });

  it('joins a name given after "known as" to the body just named', () => {
    const body =
      'The drill was run by the Financial Supervisory Authority of Norway, known as Finanstilsynet. ' +
      'Finanstilsynet said banks must act.';
    expect(entitiesIn(body)).toEqual(['organization: Financial Supervisory Authority of Norway']);
    expect(entitiesIn('The weather agency, known as NiMet, said rain was due.')).toEqual([
      'organization: NiMet',
    ]);
  });
});

describe('a month after a given name is a surname', () => {
  it.each([
    ['Prime Minister Theresa Mayfield met Brian May on Monday.', 'person: Brian May'],
    ['He criticised Brian May’s plan in May 2019.', 'person: Brian May'],
  ])('%s', (body, entity) => {
    expect(entitiesIn(body)).toContain(entity);
  });
});
