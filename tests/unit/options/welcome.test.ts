import { describe, expect, it } from 'vitest';
import { welcomeSection } from '@/utils/welcome';

describe('welcomeSection', () => {
  it('a fresh install opens the settings at the brand', () => {
    expect(welcomeSection('install')).toBe('brand');
  });

  it('an update, a reload, a browser update or a shared module opens nothing', () => {
    for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update']) expect(welcomeSection(reason)).toBeNull();
  });
});
