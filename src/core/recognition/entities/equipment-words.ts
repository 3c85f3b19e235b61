import { wordSet } from './word-set';

/** Named weapon systems and platforms written without a letters-digits designator. */
export const EQUIPMENT_NAMES = wordSet(
  'atacms|himars|mlrs|nasams|iris-t|patriot|javelin|javelins|stinger|stingers|nlaw|storm shadow|scalp|taurus|iskander|kinzhal|' +
    'kalibr|zircon|oreshnik|sarmat|shahed|geran|lancet|bayraktar|switchblade|abrams|leopard|leopards|challenger|bradley|bradleys|' +
    'stryker|marder|caesar|archer|krab|gepard|iron dome|david\'s sling|arrow|thaad|aegis|tomahawk|harpoon|neptune|grad|smerch|' +
    'tornado|uragan|tos-1|buratino|armata|hwasong|pukguksong|haeil|reaper|predator|global hawk|black hawk|apache|chinook|' +
    'merkava|namer|ak-47|kalashnikov|icbm|icbms|slbm|slbms|mig|sukhoi|tupolev|ilyushin|antonov|mirage|rafale|gripen|eurofighter|' +
    'typhoon|spike|excalibur|paladin|k9|k2|chunmoo'
);

/** Lower-case heads of weapon and platform classes; `true` when the head counts alone ("drones"), `false` when it needs a modifier ("artillery shells"). */
export const EQUIPMENT_CLASS_HEADS: ReadonlyMap<string, boolean> = new Map([
  ['missile', false], ['missiles', true], ['rocket', false], ['rockets', true], ['drone', false], ['drones', true],
  ['tank', false], ['tanks', true], ['howitzer', false], ['howitzers', true], ['launcher', false], ['launchers', false],
  ['warship', false], ['warships', true], ['frigate', false], ['frigates', true], ['destroyer', false], ['destroyers', false],
  ['corvette', false], ['corvettes', true], ['submarine', false], ['submarines', true], ['helicopter', false],
  ['helicopters', true], ['bomber', false], ['bombers', true], ['gun', false], ['guns', false], ['shell', false],
  ['shells', false], ['ship', false], ['ships', false], ['jet', false], ['jets', false], ['plane', false], ['planes', false],
  ['aircraft', false], ['vehicle', false], ['vehicles', false], ['carrier', false], ['carriers', false], ['mortar', false],
  ['mortars', true], ['munitions', false], ['munition', false], ['systems', false], ['system', false], ['interceptors', true],
  ['interceptor', false], ['rifles', false], ['satellite', false], ['satellites', false], ['vessels', false], ['boats', false],
  ['grenades', false], ['mines', false], ['warheads', true], ['warhead', false], ['uavs', true], ['uav', false],
]);

/** Lower-case modifiers that make a class head an equipment class ("multiple rocket launchers", "self-propelled howitzers"). */
export const EQUIPMENT_MODIFIERS = wordSet(
  'ballistic cruise hypersonic intercontinental long-range short-range medium-range intermediate-range anti-tank anti-aircraft ' +
    'anti-ship anti-air surface-to-air air-to-air air-to-surface surface-to-surface self-propelled multiple rocket artillery ' +
    'kamikaze attack suicide fighter combat armored armoured cargo transport landing naval nuclear guided unmanned tactical ' +
    'strategic battle main infantry fighting air defense defence reconnaissance surveillance spy aircraft military assault ' +
    'amphibious stealth heavy light mobile towed precision-guided cluster loitering interceptor sniper machine submarine-launched ' +
    'nuclear-capable nuclear-powered strike bomber fpv patrol missile hellfire stinger tank mortar rocket-propelled'
);
