import * as assert from 'node:assert/strict';
import { figureReading, figureTexts } from './figure-helpers';

// Currencies and units of the dev articles 4xx/5xx (sitreps, sanctions notices, energy desks, South Asian papers).
describe('findFigures: local currencies, scales and units', () => {
  for (const [text, span, value, unit] of [
    ['held steady at about 70 afghanis to the dollar', 'about 70 afghanis', 70, 'afn'],
    ['Fuel prices have risen to SSP 9,500 a litre', 'SSP 9,500', 9500, 'ssp'],
    ['raised tariffs to 4.12 lei per kilowatt-hour', '4.12 lei', 4.12, 'ron'],
    ['trading at 3.18 lari to the euro', '3.18 lari', 3.18, 'gel'],
    ['needed at least 50 million kina to rebuild', 'at least 50 million kina', 50000000, 'pgk'],
    ['has held at around 122 taka per dollar', 'around 122 taka', 122, 'bdt'],
    ['The government has budgeted Tk 2,900 crore for the election', 'Tk 2,900 crore', 29000000000, 'bdt'],
    ['has sanctioned ₹2,960 crore for the procurement', '₹2,960 crore', 29600000000, 'inr'],
    ['a bill of Rs. 5 lakh', 'Rs. 5 lakh', 500000, 'inr'],
    ['paid the equivalent of 5 million colones', '5 million colones', 5000000, 'crc'],
    ['would spend 6.2 billion meticais this year', '6.2 billion meticais', 6200000000, 'mzn'],
    ['at a cost of 96 million manat', '96 million manat', 96000000, 'azn'],
    ['worth an estimated 450 billion CFA francs', 'an estimated 450 billion CFA francs', 450000000000, 'xof'],
    ['trading at 152 birr per dollar', '152 birr', 152, 'etb'],
    ['The dollar fetches 89,500 Lebanese pounds.', '89,500 Lebanese pounds', 89500, 'lbp'],
    ['trading at 2,870 Congolese francs.', '2,870 Congolese francs', 2870, 'cdf'],
    ['cigarettes worth ₱4.2 million near Tawi-Tawi', '₱4.2 million', 4200000, 'php'],
    ['has been awarded a maximum $52,190,000 contract', 'maximum $52,190,000', 52190000, 'usd'],
    // Currency words, symbols and issuers of Central Asia, the Pacific, the Balkans and Africa.
    ['the ministry asked for 3.5 billion soms next year', '3.5 billion soms', 3500000000, 'kgs'],
    ['salaries of 900,000 Uzbek som were frozen', '900,000 Uzbek som', 900000, 'uzs'],
    ['a fine of 40 million vatu for the trawler', '40 million vatu', 40000000, 'vuv'],
    ['a subsidy of 12 billion CFP francs for the smelter', '12 billion CFP francs', 12000000000, 'xpf'],
    ['a litre of fuel cost 25,000 Somaliland shillings', '25,000 Somaliland shillings', 25000, 'slsh'],
    ['the floods caused damage of KM 45 million', 'KM 45 million', 45000000, 'bam'],
    ['a bounty of ₦10 million on the gang leader', '₦10 million', 10000000, 'ngn'],
    ['the hackers asked for 30 bitcoin in ransom', '30 bitcoin', 30, 'btc'],
  ] as const) {
    it(`reads money "${span}"`, () => {
      const figure = figureReading(text, span);
      assert.deepEqual([figure.type, figure.value, figure.unit], ['money', value, unit]);
    });
  }

  for (const [text, span, value, unit] of [
    ['temperatures forecast to fall to minus 12 degrees Celsius, the region', 'minus 12 degrees Celsius', -12, '°c'],
    ['delivered about 5.7 million cubic meters of gas a day', 'about 5.7 million cubic meters', 5700000, 'm3'],
    ['through the 400-kilovolt Isaccea line', '400-kilovolt', 400, 'kv'],
    ['It produced about 700,000 ounces of gold a year', 'about 700,000 ounces', 700000, 'oz'],
    ['a wingspan of 10 m and a weight of 670 kg', '10 m', 10, 'm'],
    ['a service ceiling of 18,000 feet (5,500 m) and', '5,500 m', 5500, 'm'],
    ['the bulk carrier, 48,000 dwt, sailed from Durban', '48,000 dwt', 48000, 'dwt'],
    ['the leak exposed 3.4 terabytes of records', '3.4 terabytes', 3.4, 'tb'],
    ['aircraft combed about 5,000 square nautical miles of sea', 'about 5,000 square nautical miles', 5000, 'nmi2'],
  ] as const) {
    it(`reads the measure "${span}"`, () => {
      const figure = figureReading(text, span);
      assert.deepEqual([figure.type, figure.value, figure.unit], ['measure', value, unit]);
    });
  }

  it('keeps pounds without an issuer a weight, and a currency abbreviation without an amount out', () => {
    assert.equal(figureReading('a bag of 20 pounds of rice', '20 pounds').unit, 'lb');
    assert.deepEqual(figureTexts('Tk is short for taka'), []);
    assert.equal(figureReading('a convoy drove 45 km north', '45 km').unit, 'km');
    assert.deepEqual(figureTexts('the ship was a deadweight to the fleet'), []);
  });
});
