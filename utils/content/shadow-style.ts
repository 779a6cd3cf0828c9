/**
 * Styles for Firebreak's shadow roots: one constructed stylesheet per kind of element, shared by
 * every instance on the page; a <style> element where the browser cannot adopt one (Firefox
 * content scripts cannot adopt a sheet made in their own realm).
 */
export function shadowStyler(css: string): (shadow: ShadowRoot) => void {
  let shared: CSSStyleSheet | null | undefined;
  const sheet = (): CSSStyleSheet | null => {
    if (shared !== undefined) return shared;
    try {
      shared = new CSSStyleSheet();
      shared.replaceSync(css);
    } catch {
      shared = null;
    }
    return shared;
  };
  return (shadow) => {
    const constructed = sheet();
    if (constructed) {
      try {
        shadow.adoptedStyleSheets = [constructed];
        return;
      } catch {
        // Not adoptable here: fall through to a <style> element.
      }
    }
    const style = shadow.ownerDocument.createElement('style');
    style.textContent = css;
    shadow.append(style);
  };
}
