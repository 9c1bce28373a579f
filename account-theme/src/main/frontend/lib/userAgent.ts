/**
 * Browser and operating system from a User-Agent header, for the saved-browsers table. The same
 * best-effort rules as the server's dev.kontor.trust.BrowserNames (order matters: Edge and Opera
 * also say "Chrome", Chrome also says "Safari", iOS says "like Mac OS X", Android says "Linux").
 */
export type BrowserInfo = { browser: string | null; os: string | null };

export function parseUserAgent(userAgent: string | null | undefined): BrowserInfo {
  const ua = userAgent ?? "";
  return { browser: ua ? browser(ua) : null, os: ua ? operatingSystem(ua) : null };
}

function browser(ua: string): string | null {
  if (/Edg\/|Edge\/|EdgA\/|EdgiOS\//.test(ua)) return "Edge";
  if (/OPR\/|Opera/.test(ua)) return "Opera";
  if (ua.includes("SamsungBrowser/")) return "Samsung Internet";
  if (/Firefox\/|FxiOS\//.test(ua)) return "Firefox";
  if (ua.includes("Chromium/")) return "Chromium";
  if (/Chrome\/|CriOS\//.test(ua)) return "Chrome";
  if (ua.includes("Safari/") && ua.includes("Version/")) return "Safari";
  return null;
}

function operatingSystem(ua: string): string | null {
  if (ua.includes("iPhone")) return "iPhone";
  if (ua.includes("iPad")) return "iPad";
  if (ua.includes("Android")) return "Android";
  if (ua.includes("Windows")) return "Windows";
  if (ua.includes("CrOS")) return "ChromeOS";
  if (ua.includes("Macintosh") || ua.includes("Mac OS X")) return "macOS";
  if (ua.includes("Linux")) return "Linux";
  return null;
}
