import * as assert from 'node:assert/strict';
import { recognize } from '../../../src/core/recognition/recognize';
import type { EntityType } from '../../../src/core/recognition/types';

// General shapes of equipment and event names (issue 10), each with the codes and phrases that only look like them.
// Rules only, so the tagger cannot hide a rule's mistake; the sentences and most names are made up for these tests.

function ruleTyped(text: string): [string, EntityType][] {
  return recognize(text, { tagger: false }).entities.map((entity) => [entity.text, entity.type]);
}

function typedAs(text: string, type: EntityType): string[] {
  return ruleTyped(text)
    .filter(([, found]) => found === type)
    .map(([name]) => name);
}

describe('equipment and event shapes', () => {
  it('leaves a demonym out of a designation and joins a hyphenated class head', () => {
    assert.deepEqual(ruleTyped('Russian Zk-34 fighter-bombers struck the depot.'), [['Zk-34 fighter-bombers', 'equipment']]);
    assert.deepEqual(typedAs('Crews flew Turkish Zorva TB7s over the hills.', 'equipment'), ['Zorva TB7s']);
  });

  it('types a designation by its strongest mention: a group cue elsewhere in the text wins', () => {
    const text = 'K19 rebels seized the town in May.\nThe K19 said it held the town.\nThe Zk-41 flew overhead.';
    assert.deepEqual(ruleTyped(text), [
      ['K19', 'organization'],
      ['K19', 'organization'],
      ['Zk-41', 'equipment'],
    ]);
  });

  it('reads codes that name no system: flight numbers, virus strains, numbered conferences', () => {
    assert.deepEqual(ruleTyped('Flight QX417 landed safely.'), []);
    assert.deepEqual(ruleTyped('The H7N3 virus spread among poultry.'), []);
    assert.deepEqual(ruleTyped('Delegates left the COP31 summit early.'), [['COP31 summit', 'event']]);
    assert.deepEqual(ruleTyped('Envoys met at the G-21 Interfaith Conference.'), [['G-21 Interfaith Conference', 'event']]);
  });

  it('reads vulnerability, contract and index codes as no system, and threat-actor codes as groups', () => {
    assert.deepEqual(ruleTyped('They exploited CVE-2031-40021 under contract W91ZRX-27-C-0042 (P00051).'), []);
    assert.deepEqual(ruleTyped('The benchmark KXT-300 index fell.'), []);
    assert.deepEqual(ruleTyped('Analysts blamed APT77 for the intrusion.'), [['APT77', 'organization']]);
    // Negative: a designation before another noun stays a system.
    assert.deepEqual(ruleTyped('The KXT-300 battery fired.'), [['KXT-300', 'equipment']]);
  });

  it('finds a ship prefix inside a name after a ship noun or "of"', () => {
    assert.deepEqual(typedAs('Pirates Target Bulk Carrier MV Vorna Star', 'equipment'), ['MV Vorna Star']);
    assert.deepEqual(typedAs('Cmdr. Iyer, Commanding Officer of INS Vorna, spoke.', 'equipment'), ['INS Vorna']);
    // Negative: a prefix-like word inside another name opens no ship's name.
    assert.deepEqual(typedAs('The Waffen SS Division marched.', 'equipment'), []);
  });

  it('types a name before "machine guns" or a carbine, but not a lone word opening a sentence before a verb-like noun', () => {
    assert.deepEqual(typedAs('Trucks carried PKX machine guns.', 'equipment'), ['PKX']);
    assert.deepEqual(typedAs('Separatists bomb army convoy', 'equipment'), []);
  });

  it('types a letter-digit variant after a hyphen and a ship class named for its lead ship', () => {
    assert.deepEqual(ruleTyped('A Vorn-M2 was destroyed.'), [['Vorn-M2', 'equipment']]);
    assert.deepEqual(ruleTyped('Two Kestrel Bay-class frigates sailed.'), [['Kestrel Bay-class frigates', 'equipment']]);
    // Negative: a hyphenated name without a variant code is not equipment.
    assert.deepEqual(typedAs('A Vorn-Mara was destroyed.', 'equipment'), []);
  });

  it('types ships after mixed-case and coast guard prefixes, but not after a capitalized word that only looks like one', () => {
    assert.deepEqual(ruleTyped('The frigate HNoMS Vandra and the cutter USCGC Morrow sailed north.'), [
      ['HNoMS Vandra', 'equipment'],
      ['USCGC Morrow', 'equipment'],
    ]);
    assert.deepEqual(typedAs('They climbed Mt Kovra in May.', 'equipment'), []);
  });

  it('names a quoted ship after its class noun, and counts only landing ships among ships', () => {
    assert.deepEqual(ruleTyped('Gunmen seized the tanker "Vorna Star" overnight.'), [['Vorna Star', 'equipment']]);
    assert.deepEqual(typedAs('Two landing ships and three cargo ships docked.', 'equipment'), ['landing ships']);
  });

  it('reads a listed name before a describing suffix as that name', () => {
    assert.deepEqual(ruleTyped('They boarded a World War Two-era landing ship.'), [
      ['World War Two', 'event'],
      ['landing ship', 'equipment'],
    ]);
    assert.deepEqual(typedAs('The Saudi Arabia-led coalition advanced.', 'place'), ['Saudi Arabia']);
    // Negative: an unlisted name keeps its suffix out of every type the lexicon gives.
    assert.deepEqual(typedAs('A Vorlan Ridge-era fort stood there.', 'event'), []);
  });

  it('reads systems as a class after air defence words anywhere in the phrase, and keeps F/A- designations whole', () => {
    assert.deepEqual(typedAs('They lost 576 air defence missile systems and 1,524 rocket artillery systems.', 'equipment'), ['air defence missile systems']);
    assert.deepEqual(typedAs('Two F/A-28s took off.', 'equipment'), ['F/A-28s']);
    // Negatives: a class word before "systems" or "launch" only describes it.
    assert.deepEqual(ruleTyped('Artillery systems and missile systems arrived; a missile launch failed.'), []);
  });

  it('joins a system, its model number and its class noun', () => {
    assert.deepEqual(typedAs('Germany sent Leopard 2A6 tanks and Shahed 136 drones.', 'equipment'), ['Leopard 2A6 tanks', 'Shahed 136 drones']);
    // Negative: a number after a name that is not a system counts the noun.
    assert.deepEqual(typedAs('Hamas 30 drones were seen.', 'equipment'), ['drones']);
  });

  it('keeps a model number between a name and a generic weapon noun in the name, the noun outside', () => {
    assert.deepEqual(
      typedAs('A Corvan 410 transport aircraft, a Dellis 88 helicopter and Tarro 300 radars joined Typhoon 3 surveillance aircraft.', 'equipment'),
      ['Corvan 410', 'Dellis 88', 'Tarro 300', 'Typhoon 3']
    );
    // Negative: a count before a noun that names no weapon stays a count.
    assert.deepEqual(typedAs('Vellan 300 workers left.', 'equipment'), []);
  });

  it('reads a name before "mission" or "operation" as an event, a region\'s demonym opening it', () => {
    assert.deepEqual(typedAs('Ships joined the Nordic Tallow mission and the Varen Crest operation last week.', 'event'), ['Nordic Tallow', 'Varen Crest']);
    // Negatives: a listed organization keeps its type, and a lone acronym names the body that runs the mission.
    assert.deepEqual(typedAs('The Reuters mission ended, and the UNTARV mission stayed.', 'event'), []);
  });

  it('joins a system name right before another into one system', () => {
    assert.deepEqual(
      typedAs('The air force flew a Gripen Tornado and two Zk-41 Harpoon missiles past Javelin, Stinger and Patriot batteries.', 'equipment'),
      ['Gripen Tornado', 'Zk-41 Harpoon missiles', 'Javelin', 'Stinger', 'Patriot']
    );
  });

  it('keeps a digit-led index number before a system in the mention', () => {
    assert.deepEqual(typedAs('Crews fired 2S31 Vorna-M3 howitzers and a 9K99 Vorn-M2.', 'equipment'), ['2S31 Vorna-M3 howitzers', '9K99 Vorn-M2']);
    // Negatives: a year or a count before a system is not its index.
    assert.deepEqual(typedAs('In 2024 Vorn-M2 units and 300 drones arrived.', 'equipment'), ['Vorn-M2', 'drones']);
  });

  it('types a capitalized name ending in a class head as a system', () => {
    assert.deepEqual(typedAs('The Navy fired Vorlan Land Attack Missiles at the sites.', 'equipment'), ['Vorlan Land Attack Missiles']);
    // Negatives: a class word inside an institution's name, and an ambiguous head.
    assert.deepEqual(typedAs('The Strategic Missile Forces and the Vorlan Think Tank met.', 'equipment'), []);
    assert.deepEqual(typedAs('THE ROLE OF DRONES', 'equipment'), []);
  });

  it('leaves the class words before a vessel name out', () => {
    assert.deepEqual(ruleTyped('The stealth destroyer INS Vorna (D91) and a Kestrel-class submarine USS Morrow sailed.'), [
      ['INS Vorna', 'equipment'],
      ['D91', 'equipment'],
      ['Kestrel-class', 'equipment'],
      ['USS Morrow', 'equipment'],
    ]);
    // Negative: a class with no vessel name after it stays.
    assert.deepEqual(ruleTyped('The stealth destroyers sailed.'), [['stealth destroyers', 'equipment']]);
  });

  it('keeps a hull number with its hull symbol', () => {
    assert.deepEqual(typedAs('The destroyer USS Calloway (DDG 131) fired.', 'equipment'), ['USS Calloway', 'DDG 131']);
  });

  it('types a name before a generic weapon noun as a system, without the noun', () => {
    assert.deepEqual(typedAs('Jets dropped KRB guided aerial bombs on the bridge.', 'equipment'), ['KRB']);
    // Helicopters, rockets and munitions are not classes the guidelines list: only the system's name is equipment.
    assert.deepEqual(typedAs('Two Vorn Hawk helicopters and Zorva rockets arrived; helicopters left.', 'equipment'), ['Vorn Hawk', 'Zorva']);
    assert.deepEqual(typedAs('A Vorn launcher was hit.', 'equipment'), ['Vorn']);
    // Negatives: a listed organization keeps its type, and an owner is not a system.
    assert.deepEqual(typedAs('Hamas rifles were found.', 'equipment'), []);
    assert.deepEqual(typedAs("Vorn's rifles were found.", 'equipment'), []);
    assert.deepEqual(typedAs("Zorva's drones were found.", 'equipment'), ['drones']);
  });

  it('does not read a group whose plural is a listed organization as a system name', () => {
    assert.deepEqual(ruleTyped('Houthi drones struck the tanker.'), [['drones', 'equipment']]);
  });

  it('types a singular class head where its noun phrase ends, not as a modifier', () => {
    assert.deepEqual(ruleTyped('A drone hit the depot, and the missile was intercepted.'), [
      ['drone', 'equipment'],
      ['missile', 'equipment'],
    ]);
    assert.deepEqual(typedAs('Vantor, a Greek frigate, escorted them.', 'equipment'), ['Vantor', 'frigate']);
    // Negatives: a modifier of another noun, of a list of nouns, a possessive, and people.
    assert.deepEqual(ruleTyped('Drone storage sites and a drone attack were reported.'), []);
    assert.deepEqual(ruleTyped('The drone, missile and rocket attacks continued.'), []);
    assert.deepEqual(ruleTyped("The drone's wreckage was found."), []);
    assert.deepEqual(ruleTyped('A suicide bomber killed five.'), []);
    assert.deepEqual(ruleTyped('A fuel tank exploded.'), []);
  });

  it('types the long forms of drone, unmanned vessel and IED acronyms as those classes', () => {
    assert.deepEqual(ruleTyped('Troops downed unmanned aerial vehicles (UAVs) and found an improvised explosive device.'), [
      ['unmanned aerial vehicles', 'equipment'],
      ['UAVs', 'equipment'],
      ['improvised explosive device', 'equipment'],
    ]);
    assert.deepEqual(typedAs('An uncrewed surface vessel struck; naval drones followed.', 'equipment'), ['uncrewed surface vessel', 'naval drones']);
    // Negatives: vehicles, vessels and devices of other kinds are no tracked class.
    assert.deepEqual(ruleTyped('Armoured vehicles, naval vessels and electronic devices were seen.'), []);
  });

  it('keeps a listed system acronym after its long form, and types a named long form as the system', () => {
    assert.deepEqual(ruleTyped('Forces found 12 man-portable launchers (MANPADS) overnight.'), [['MANPADS', 'equipment']]);
    assert.deepEqual(ruleTyped('The Multiple Launch Rocket System (MLRS) fired.'), [
      ['Multiple Launch Rocket System', 'equipment'],
      ['MLRS', 'equipment'],
    ]);
    // Negatives: an acronym of plain words is no entity, and an institution's acronym stays an organization.
    assert.deepEqual(ruleTyped('He met prisoners of war (POWs) in May.'), []);
    assert.deepEqual(ruleTyped('The Vorlan Relief Committee (VRC) said it would help.'), [
      ['Vorlan Relief Committee', 'organization'],
      ['VRC', 'organization'],
    ]);
  });

  it('names wars and elections after a demonym, with event adjectives between', () => {
    assert.deepEqual(ruleTyped('The Syrian civil war began in 2011.'), [['Syrian civil war', 'event']]);
    assert.deepEqual(ruleTyped('Before the Venezuelan presidential election, talks stalled.'), [['Venezuelan presidential election', 'event']]);
    // Negatives: a demonym before other nouns names nothing.
    assert.deepEqual(ruleTyped('The Syrian civil service struck.'), []);
    assert.deepEqual(ruleTyped('The Syrian offensive stalled.'), []);
  });

  it('names a war or meeting after a name no rule typed surely', () => {
    assert.deepEqual(ruleTyped('The Vorlan war displaced thousands.'), [['Vorlan war', 'event']]);
    assert.deepEqual(typedAs('Ministers met at the Arctic Council ministerial meeting.', 'event'), ['Arctic Council ministerial meeting']);
    // Negatives: an article or a possessive before the noun ends the name.
    assert.deepEqual(ruleTyped('Vorlan said the war displaced thousands.').filter(([, type]) => type === 'event'), []);
    assert.deepEqual(typedAs("Vorlan's war displaced thousands.", 'event'), []);
  });

  it('keys a ship named without its prefix to the prefixed name, but leaves a listed place alone', () => {
    const keys = (text: string) => recognize(text, { tagger: false }).entities.map((entity) => [entity.text, entity.key]);
    assert.deepEqual(keys('The frigate HS Valdra sailed.\nValdra reached port on Monday.'), [
      ['HS Valdra', 'equipment:hs valdra'],
      ['Valdra', 'equipment:hs valdra'],
    ]);
    assert.deepEqual(keys('Crews reached the BRP Corvo Tide.\nBeijing wants the Corvo Tide removed.'), [
      ['BRP Corvo Tide', 'equipment:brp corvo tide'],
      ['Beijing', 'place:beijing'],
      ['Corvo Tide', 'equipment:brp corvo tide'],
    ]);
    // Negative: a listed country is not the ship named after it.
    assert.deepEqual(keys('The submarine USS Georgia docked.\nGeorgia protested.')[1], ['Georgia', 'place:georgia']);
  });

  it('types a capitalized name ending in a singular "System" after a weapon word as a system, with its acronym', () => {
    assert.deepEqual(ruleTyped('The Army bought Extended Range Vorlan Rocket System (ERVRS) pods.').slice(-2), [
      ['Extended Range Vorlan Rocket System', 'equipment'],
      ['ERVRS', 'equipment'],
    ]);
    // Negatives: a maker's name ends in the plural, and a system without a weapon word is no weapon.
    assert.deepEqual(typedAs('Vorlan Missile Systems won the contract.', 'equipment'), []);
    assert.deepEqual(typedAs('The Vorlan Payment System failed.', 'equipment'), []);
  });

  it('types unsure names listed before a named class as systems sharing its noun', () => {
    assert.deepEqual(typedAs('Rebels fielded Vorna Tal and QX-9 drones.', 'equipment'), ['Vorna Tal', 'QX-9 drones']);
    assert.deepEqual(typedAs('Crews fired Kestrin, Zorvat, and Malvo missiles.', 'equipment'), ['Kestrin', 'Zorvat', 'Malvo missiles']);
    // Negatives: a lone comma before "and" joins clauses, not list items, and a place stays a place.
    assert.deepEqual(typedAs("It bought jets from Italy's Vornado, and QX-9 drones.", 'equipment'), ['QX-9 drones']);
    assert.deepEqual(typedAs('They flew from Kyiv and Lviv drones.', 'equipment'), ['drones']);
  });

  it('names an exercise or a fair by the year after its name, and an airshow by its head', () => {
    assert.deepEqual(typedAs('Marines joined Vorlan Shield 2027 in March.', 'event'), ['Vorlan Shield 2027']);
    assert.deepEqual(typedAs('Makers showed drones at the Kestrova Airshow.', 'event'), ['Kestrova Airshow']);
    // Negatives: plans and dates named with a year are no events, and a place keeps its year out.
    assert.deepEqual(typedAs('Vorlan Vision 2030 aims high. Fiscal 2027 funds ran out.', 'event'), []);
    assert.deepEqual(typedAs('Damage on Christmas Day 2026 cut the cable.', 'event'), []);
    assert.deepEqual(typedAs('Voters in Kyiv 2026 stayed home.', 'event'), []);
  });

  it("keeps a ship's or a system's number after its name", () => {
    assert.deepEqual(typedAs('Marines boarded the dhow Vorna Tide 2, which was towed.', 'equipment'), ['Vorna Tide 2']);
    assert.deepEqual(typedAs('Crews flew the Zk-34 3 on Monday.', 'equipment'), ['Zk-34 3']);
    // Negative: a count after the name is no part of it.
    assert.deepEqual(typedAs('Gunners fired the Zk-34 20 times.', 'equipment'), ['Zk-34']);
  });

  it('types a name before radars, or before aircraft with a class modifier between, as a system', () => {
    assert.deepEqual(typedAs('Ankara sold Kestrova radars to Baku.', 'equipment'), ['Kestrova']);
    assert.deepEqual(typedAs('A Vorna Tal light attack aircraft crashed.', 'equipment'), ['Vorna Tal']);
    // Negative: right before "aircraft" stands a maker's or an airline's name as often.
    assert.deepEqual(typedAs('Brazil bought Vornaer aircraft.', 'equipment'), []);
  });

  it("types a pennant number in parentheses after a prefixed ship's name as equipment", () => {
    assert.deepEqual(typedAs('The frigate FGS Vorna (F 229) sailed.', 'equipment'), ['FGS Vorna', 'F 229']);
    // Negative: other words in parentheses after a ship's name are no pennant.
    assert.deepEqual(typedAs('Sailors of INS Vorna (Goa) spoke.', 'equipment'), ['INS Vorna']);
  });
});
