// Aurora PostgreSQL version rules the program depends on.

function parse(version: string): { major: number; minor: number } {
  const match = /^(\d+)\.(\d+)$/.exec(version);
  if (!match) throw new Error(`"${version}" is not an Aurora PostgreSQL version such as 16.6`);
  return { major: Number(match[1]), minor: Number(match[2]) };
}

/** The cluster parameter group family of a version: 16.6 -> aurora-postgresql16. */
export function parameterGroupFamily(version: string): string {
  return `aurora-postgresql${parse(version).major}`;
}

/**
 * Why a version cannot hold Atelier's embeddings, or undefined when it can:
 * pgvector 0.5 (HNSW indexes) arrived in Aurora PostgreSQL 15.4 and 16.1.
 */
export function pgvectorProblem(version: string): string | undefined {
  const { major, minor } = parse(version);
  if (major < 15 || (major === 15 && minor < 4)) {
    return `Aurora PostgreSQL ${version} lacks pgvector 0.5 (HNSW indexes); use 15.4 or newer, e.g. 16.6`;
  }
  return undefined;
}
