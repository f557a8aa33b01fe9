/** The same server, another database name. */
export function databaseUrlWithName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Where to run CREATE/DROP DATABASE: the database named in DATABASE_URL itself. */
export function adminUrl(url: string): string {
  return url;
}
