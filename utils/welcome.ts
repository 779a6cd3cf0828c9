/**
 * The settings section a fresh install opens, or null. Installed, Firebreak listens for nothing until it
 * knows the brand, and its toolbar button is often hidden in the browser's extensions menu (QA: after
 * install nothing opened at all): the settings open at the brand, the first thing to set up. Never on an
 * update, a reload of an unpacked copy (also 'update'), a browser update or a shared module's.
 */
export function welcomeSection(reason: string): 'brand' | null {
  return reason === 'install' ? 'brand' : null;
}
