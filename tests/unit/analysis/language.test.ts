import { describe, expect, test } from 'vitest';
import { analyze, NOT_ENGLISH_CONFIDENCE, textKey } from '../../../utils/analysis/index';

describe('posts Firebreak cannot read', () => {
  test.each([
    'Der Service von Brewly ist furchtbar, ich bin sehr wütend.',
    'Pareil pour moi, toujours rien reçu.',
    'El servicio de Brewly es horrible, estoy muy enojado',
    'Il servizio è pessimo, sono molto arrabbiato',
    'O atendimento da Brewly é péssimo, estou furioso',
    'Het is niet goed',
    'هذه أسوأ خدمة على الإطلاق، أنا غاضب جدا',
    'השירות הכי גרוע שיש, אני כועס מאוד',
    'サービスが最悪です。本当に怒っています。',
    'Сервис ужасный',
    // short posts with one function word or none
    'Qué asco de servicio',
    'Servicio pésimo, nunca más',
    'Brewly? Nie wieder.',
    "J'adore le nouveau café de Maplewood, trop bon",
    // short replies: an apology, a name-calling, and English mixed with another language
    'Lo siento, Sam.',
    'Scusa Sam, è colpa tua.',
    'Entschuldigung, Sam. Halt die Klappe.',
    'Sorry Sam, eres un idiota.',
    "Sorry Sam, t'es vraiment con.",
  ])('%s: flagged, and never sure', (text) => {
    const result = analyze(text);
    expect(result.notEnglish).toBe(true);
    expect(result.confidence).toBeLessThanOrEqual(NOT_ENGLISH_CONFIDENCE);
  });

  test.each([
    'The service was awful and I am furious',
    'Buy toys at YOYO.COM, free shipping both ways',
    'Brewly Pro 😍😍',
    'lol',
    'El Niño is wrecking my commute again',
    'Je ne sais quoi, this kettle has it',
    '@brewly_support DM sent',
    // names and songs built of foreign words
    'De La Soul forever',
    'la la la la',
    'Café au lait at Brewly was lovely',
    'Du Pont lost the Mir contract',
    'Sorry Sam, we will DM you the details',
    '',
  ])('%s: English, not flagged', (text) => {
    expect(analyze(text).notEnglish).toBeUndefined();
  });

  test('a correction still makes the label sure', () => {
    const text = 'Der Service ist furchtbar, ich bin sehr wütend.';
    const result = analyze(text, { overrides: { [textKey(text)]: 'negative' } });
    expect(result.label).toBe('negative');
    expect(result.confidence).toBe(1);
  });
});
