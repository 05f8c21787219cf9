/** The relative path a local image address names, `/`-separated and decoded; null if it is not one. */
export function localPicturePath(url: string): string | null {
  if (url === "" || /^[a-z][a-z\d+.-]*:/i.test(url) || /^[/\\]/.test(url) || /[?#]/.test(url)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    return null;
  }
  if (/[\p{Cc}\\]/u.test(decoded)) return null;
  const segments = decoded.split("/").filter((segment) => segment !== "" && segment !== ".");
  if (segments.length === 0 || segments.some((segment) => segment === "..")) return null;
  return segments.join("/");
}
