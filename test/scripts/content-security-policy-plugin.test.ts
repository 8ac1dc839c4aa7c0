import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, withContentSecurityPolicy } from '../../scripts/content-security-policy-plugin';

describe('contentSecurityPolicy', () => {
  it('allows scripts and styles from the game’s own files only, with nothing inline and no eval', () => {
    expect(CONTENT_SECURITY_POLICY['script-src']).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY['style-src']).toBe("'self'");
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-|\*|https?:/);
  });

  it('says every directive the game needs, once', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
    );
  });
});

describe('withContentSecurityPolicy', () => {
  it('puts the policy right after the charset, before the page loads anything', () => {
    const html = '<!doctype html>\n<html>\n  <head>\n    <meta charset="utf-8" />\n    <link rel="stylesheet" href="./a.css" />\n  </head>\n</html>\n';
    const out = withContentSecurityPolicy(html, '/index.html');
    expect(out).toContain(`<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />\n    <link`);
  });

  it('refuses a page without a charset declaration rather than build it without a policy', () => {
    expect(() => withContentSecurityPolicy('<html><head></head></html>', '/other.html')).toThrow('/other.html: no <meta charset="utf-8">');
  });
});
