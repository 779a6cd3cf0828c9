import { afterAll, describe, expect, test } from 'vitest';
import { keyTerms, resetTagCache } from '@/utils/analysis/key-terms';
import { SCENARIOS } from './key-terms-scenarios';

// keyTerms' exact output (terms, order, scores, counts) pinned over varied call tables, written from the
// code of 4 December before its whole-set weighing (`featuresOf`) was made cheaper: work moved, kept with a
// text's tagging or skipped must change no result. A change meant to change results updates these lines.

const THINGS = ['kettle', 'milk frother', 'travel mug', 'charger', 'lid', 'filter', 'thermostat', 'power bank', 'rewards program', 'gift card', 'pricing', 'shipping'];
const FAULTS = ['leaks everywhere', 'sparked twice', 'is swelling', 'caught fire', 'keeps crashing', 'got worse', 'doesnt work', 'charged me twice', 'is tone deaf'];
const PLACES = ['in the kitchen', 'at the office', 'on Black Friday', 'since Monday', 'in my flat', 'at the cafe'];
const EXTRAS = ['', ' #BrewlyRecall', ' #DataBreach 😡', ' https://t.co/x1', ' @BrewlyHelp', ' lol', ' #FireHazard'];
const CALM = ['makes a great flat white', 'looks lovely on the shelf', 'was a nice gift', 'boils fast', 'keeps coffee hot'];

/** The i-th of many different complaints (capitals, hashtags, links and handles now and then). */
const complaint = (i: number): string => {
  const text = `Brewly ${THINGS[i % THINGS.length]!} ${FAULTS[Math.floor(i / THINGS.length) % FAULTS.length]!} ${PLACES[Math.floor(i / 7) % PLACES.length]!}.${EXTRAS[i % EXTRAS.length]!}`;
  return i % 5 === 0 ? text.toUpperCase() : i % 3 === 0 ? text.toLowerCase() : text;
};
const ordinary = (i: number): string => `My Brewly ${THINGS[i % THINGS.length]!} ${CALM[Math.floor(i / THINGS.length) % CALM.length]!}`;
const range = (from: number, to: number, of: (i: number) => string): string[] => Array.from({ length: to - from }, (_, k) => of(from + k));

const NOT_LATIN = [
  'Brewly の充電器が熱くなった', 'Brewly の充電器が熱くなった、返金して', 'Зарядка Brewly перегревается', 'Зарядка Brewly перегревается снова',
  'no funciona la app de Brewly, servicio pésimo', 'la app de Brewly no funciona otra vez', 'خدمة Brewly سيئة جدا', 'meu pedido da Brewly não chegou',
];

type Call = [texts: string[], baseline: string[]];

/** Each call's terms on one line: "term score count", in order. */
function lines(calls: readonly Call[], cache: number): string[] {
  resetTagCache(cache);
  return calls.map(([texts, baseline]) => keyTerms(texts, baseline, { limit: 12 }).map(({ term, score, count }) => `${term} ${score} ${count}`).join(', '));
}

describe('keyTerms gives exactly what it gave', () => {
  afterAll(() => resetTagCache());

  test('texts repeating, changing and evicted from a small cache; empty sides; one text; hashtags; other scripts', () => {
    const a = range(0, 40, complaint);
    const b = range(40, 80, complaint);
    const base = range(0, 20, ordinary);
    const calls: Call[] = [
      [a, base],
      [a, base],
      [[...range(200, 205, complaint), ...a.slice(0, 35)], base],
      [b, base],
      [a, base],
      [base, a],
      [[...a, ...a.slice(0, 10), ...b], range(20, 40, ordinary)],
      [[], base],
      [a, []],
      [[complaint(7)], base],
      [[complaint(7)], []],
      [['#BoycottBrewly #BrewlyRecall', '#BoycottBrewly now', 'brewly recall when? #BrewlyRecall', 'the recall is a joke #brewlyrecall'], base],
      [[...NOT_LATIN, ...a.slice(0, 6)], base],
      [NOT_LATIN, []],
    ];
    const pinned = lines(calls, 60);
    // The same with nothing kept between calls, and with everything kept.
    expect(lines(calls, 0)).toEqual(pinned);
    expect(lines(calls, 4000)).toEqual(pinned);
    expect(pinned).toMatchInlineSnapshot(`
      [
        "black friday 1.495 7, kitchen 1.495 7, office 1.495 7, #BrewlyRecall 1.291 6, #DataBreach 1.291 6, #FireHazard 1.041 5, cafe 1.041 5, fire 0.717 4",
        "black friday 1.495 7, kitchen 1.495 7, office 1.495 7, #BrewlyRecall 1.291 6, #DataBreach 1.291 6, #FireHazard 1.041 5, cafe 1.041 5, fire 0.717 4",
        "black friday 1.495 7, kitchen 1.495 7, office 1.495 7, #BrewlyRecall 1.291 6, #FireHazard 1.291 6, #DataBreach 1.041 5, shipping 0.261 3",
        "fire 1.667 8, black friday 1.495 7, kitchen 1.495 7, office 1.495 7, #BrewlyRecall 1.291 6, #DataBreach 1.291 6, #FireHazard 1.291 6, cafe 1.041 5, shipping 0.261 3",
        "black friday 1.495 7, kitchen 1.495 7, office 1.495 7, #BrewlyRecall 1.291 6, #DataBreach 1.291 6, #FireHazard 1.041 5, cafe 1.041 5, fire 0.717 4",
        "flat white 3.506 12, shelf 3.005 8",
        "kitchen 1.936 21, office 1.752 17, black friday 1.589 14, #BrewlyRecall 1.536 14, #DataBreach 1.536 14, fire 1.405 12, #FireHazard 1.374 12, cafe 1.184 10, shipping 0.278 5",
        "",
        "black friday -0.856 7, kitchen -0.856 7, office -0.856 7, #BrewlyRecall -1.06 6, #DataBreach -1.06 6, #FireHazard -1.311 5, cafe -1.311 5, charger -1.634 4, fire -1.634 4, frother -1.634 4, mug -1.634 4, bank -2.09 3",
        "office 1.658 1",
        "bank -0.693 1, office -0.693 1",
        "recall 2.366 3, #BoycottBrewly 1.593 2, joke 0.742 1",
        "kitchen 2.297 6, funciona 0.495 2, зарядка 0.495 2",
        "funciona -1.346 2, зарядка -1.346 2",
      ]
    `);
  });

  test('above 1,000 different texts (an even sample tagged), as the window moves', () => {
    const spike = range(0, 1100, complaint);
    const baseline = range(0, 300, ordinary);
    const calls: Call[] = [
      [spike, baseline],
      [[...range(1100, 1110, complaint), ...spike.slice(0, 1090)], baseline],
      [[...range(1110, 1120, complaint), ...spike.slice(0, 1080)], baseline],
    ];
    expect(lines(calls, 4000)).toMatchInlineSnapshot(`
      [
        "kitchen 3.904 189, office 3.878 183, black friday 3.874 182, cafe 3.874 182, #BrewlyRecall 3.718 157, #DataBreach 3.718 157, #FireHazard 3.718 157, leaks 3.517 132, fire 3.44 120, tone deaf 3.44 120, work 3.44 120, shipping 2.879 71",
        "office 3.9 188, black friday 3.891 186, kitchen 3.874 182, cafe 3.865 180, #BrewlyRecall 3.723 158, #DataBreach 3.723 158, #FireHazard 3.713 156, leaks 3.505 130, fire 3.44 120, tone deaf 3.44 120, work 3.44 120, shipping 2.879 71",
        "black friday 3.894 185, kitchen 3.881 182, office 3.881 182, cafe 3.849 175, #BrewlyRecall 3.72 156, #FireHazard 3.72 156, #DataBreach 3.714 155, fire 3.473 124, leaks 3.447 120, tone deaf 3.447 120, work 3.447 120, shipping 2.875 70",
      ]
    `);
  });

  test('named days, Title Case and capitals, fixed expressions, long posts in two languages', () => {
    const DAYS = ['Prime Day', "Mother's Day", 'Boxing Day sale', 'Black Friday', 'Cyber Monday'];
    const days = range(0, 30, (i) => `The Brewly ${DAYS[i % DAYS.length]!} ${['deal', 'discount', 'bundle'][i % 3]!} ${['was a scam', 'sold out in minutes', 'never shipped'][Math.floor(i / 5) % 3]!}`);
    const titled = range(0, 24, (i) => `Brewly Recall Notice For The ${['Travel mug Lid', 'Milk frother Base', 'Power bank Cable'][i % 3]!} ${['Is A Joke', 'Came Too Late', 'Says Nothing'][Math.floor(i / 3) % 3]!}`);
    const capitals = range(0, 24, (i) => `Told the ${['Brewly Travel mug', 'Brewly Power bank', 'KettleCo Milk frother'][i % 3]!} team about it ${['twice', 'today', 'again'][Math.floor(i / 3) % 3]!}`);
    const fixed = range(0, 24, (i) => `the brewly ${['tone-deaf', 'half-baked', 'tone deaf'][i % 3]!} ${['ad', 'apology', 'statement'][Math.floor(i / 3) % 3]!} ${['is a second job', "is my sister's problem", 'got pulled'][Math.floor(i / 9) % 3]!}`);
    const english = 'my brewly kettle leaked all over the counter and the support team never called me back about the refund they promised';
    const spanish = 'la cafetera de brewly explotó en la cocina y nadie del servicio al cliente contesta, quiero mi reembolso ya';
    const long = range(0, 16, (i) => (i % 2 === 0 ? `${english} ${spanish} ${i}` : `${spanish} ${english} ${i}`));
    const base = range(0, 30, ordinary);
    // A hashtag spelled as a phrase is written ("mother's day", "mothersday"), not as its key ("mother day").
    const tagged = ['#MothersDay bundle never shipped', 'still waiting on the #MothersDay bundle', '#mothersday refund when'];
    const calls: Call[] = [
      [[...days, ...tagged], base],
      [[...titled, ...capitals], base],
      [fixed, base],
      [long, base],
      [[...days.slice(0, 10), ...titled.slice(0, 10), ...fixed.slice(0, 10), ...long.slice(0, 6)], base],
    ];
    expect(lines(calls, 4000)).toMatchInlineSnapshot(`
      [
        "deal 2.461 10, discount 2.461 10, scam 2.461 10, sold out 2.461 10, mother's day 2.402 9, black friday 1.785 6, boxing day 1.785 6, cyber monday 1.785 6, prime day 1.785 6, sale 1.785 6",
        "recall notice 3.134 24, team 3.134 24, joke 1.866 9, late 1.866 9, kettleco milk 1.776 8, milk frother base 1.776 8, power bank cable 1.776 8, travel mug lid 1.776 8",
        "tone deaf 3.393 16, ad 2.7 9, apology 2.7 9, second job 2.7 9, sister 2.7 9, half baked 2.551 8, statement 2.175 6",
        "cafetera 3.461 16, cliente contesta 3.461 16, cocina 3.461 16, counter 3.461 16, quiero 3.461 16, reembolso 3.461 16, refund 3.461 16, servicio 3.461 16, support team 3.461 16, kettle 1.113 16",
        "recall notice 2.459 10, second job 2.367 9, tone deaf 2.046 7, scam 1.592 5, sold out 1.592 5, cafetera 1.34 6, cliente contesta 1.34 6, cocina 1.34 6, counter 1.34 6, quiero 1.34 6, reembolso 1.34 6, refund 1.34 6",
      ]
    `);
  });

  test('the QA scenarios, each against its own baseline and against the next one\'s', () => {
    const calls: Call[] = SCENARIOS.map((scenario) => [scenario.spike, scenario.baseline]);
    calls.push(...SCENARIOS.map((scenario, i): Call => [scenario.spike, SCENARIOS[(i + 1) % SCENARIOS.length]!.baseline]));
    expect(lines(calls, 4000)).toMatchInlineSnapshot(`
      [
        "battery swelling 3.902 16, fire hazard 2.434 5, recall 2.434 5, unit 0.882 2, wear 0.882 2, power bank 0.376 5",
        "data breach 3.859 14, reset 1.768 3, footage 1.395 10, password 1.392 7, hackers 0.996 2, house 0.996 2, email 0.938 5",
        "ad 2.517 24, colourism 2.318 4, lighting 1.09 2, skin lightening 1.09 2",
        "ceo 4.301 18, second job 3.601 10, interview 1.916 3, mark dunmore 1.916 3, workers 1.144 2",
        "outage 3.394 9, servers 1.839 3, login 1.067 2",
        "price hike 4.007 14, cancel 1.144 2, subscription 0.888 6, show 0.307 3",
        "shipping 2.656 5, delay 2.333 4, warehouse 2.333 4, order 0.867 9, tracking 0.723 4",
        "video 4.404 19, buns 2.987 6, employee 2.987 6, health 1.185 2, manager 1.185 2",
        "#BoycottGlowCo 4.318 17, animal testing 3.685 10, cruelty free 1.624 7",
        "giveaway 4.216 15, scam 3.846 11, accounts 1.464 6, fee 1.272 2",
        "flowers 2.823 5, sympathy 2.823 5, card 2.819 18, pet 1.272 2, dog 0.891 4",
        "explotó 3.263 7, garantía 2.029 3, reembolso 2.029 3, cafetera 1.782 17, coffee maker 1.257 2, cubre 1.257 2, explota 1.257 2, peligro 1.257 2",
        "loyalty 2.955 5, points 1.92 11, devaluation 1.404 2, rewards program 1.346 5",
        "ear cushions 3.582 8, firmware update 2.251 10, earbuds 1.022 4",
        "fees 3.581 7, closures 3.127 5, gym 2.348 3, location 1.972 7, refund 1.575 2",
        "voltra 4.334 23, battery swelling 3.917 16, fire hazard 2.449 5, power bank 2.449 5, powercube 2.449 5, recall 2.449 5, unit 0.897 2, wear 0.897 2",
        "data breach 3.844 14, camera footage 3.307 9, password 2.987 7, reset 1.753 3, hackers 0.981 2, house 0.981 2, email 0.923 5",
        "lumora 4.541 23, ad 2.98 24, colourism 2.333 4, lighting 1.105 2, skin lightening 1.105 2",
        "krustle ceo 3.718 11, second job 3.601 10, pizza 2.372 4, interview 1.916 3, mark dunmore 1.916 3, workers 1.144 2",
        "pingr 4.552 24, outage 3.394 9, servers 1.839 3, group 1.067 2, login 1.067 2",
        "streamo 4.53 22, price hike 4.007 14, subscription 2.946 6, show 0.307 3",
        "shipping 2.656 5, delay 2.333 4, tracking 2.333 4, warehouse 2.333 4, order 1.374 9",
        "burgerbarn 4.571 22, video 4.404 19, buns 2.987 6, employee 2.987 6, health 1.185 2, manager 1.185 2",
        "#BoycottGlowCo 4.318 17, glowco 4.247 16, animal testing 3.685 10, cruelty free 3.233 7",
        "glideair 4.362 17, giveaway 4.216 15, scam 3.846 11, accounts 1.464 6, fee 1.272 2, flight 1.272 2",
        "flowers 2.853 5, sympathy 2.853 5, card 2.848 18, dog 2.529 4, pet 1.301 2",
        "cafeto 4.49 20, cafetera 4.303 17, explotó 3.218 7, garantía 1.985 3, reembolso 1.985 3, cafeteira 1.213 2, coffee maker 1.213 2, cubre 1.213 2, explota 1.213 2, peligro 1.213 2",
        "fizzo 4.266 14, loyalty 2.955 5, rewards program 2.955 5, points 2.368 11, devaluation 1.404 2",
        "orbix 4.494 17, firmware update 3.861 10, ear cushions 3.582 8, earbuds 2.632 4, headphones 1.404 2, max 1.404 2",
        "zentro 4.52 15, location 3.581 7, membership fees 3.581 7, closures 3.127 5, gym 2.348 3, refund 1.575 2",
      ]
    `);
  });
});
