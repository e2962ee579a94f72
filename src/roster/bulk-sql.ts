// Many rows, one parameter. An import writes tens of thousands of rows; as
// VALUES lists or IN lists every value is a bind parameter, which costs more
// to plan than to run (PGlite most of all) and stops at 65,535 parameters.
// A JSON document in a single parameter, unpacked by PostgreSQL, does not.
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "../platform/db/client.ts";

const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

/** `(select ...)` yielding the given texts, for `column in ${textIn(values)}`. */
export const textIn = (values: string[]): SQL => sql`(select jsonb_array_elements_text(${JSON.stringify(unique(values))}::jsonb))`;
export const uuidIn = (values: string[]): SQL => sql`(select jsonb_array_elements_text(${JSON.stringify(unique(values))}::jsonb)::uuid)`;

const ROWS_PER_STATEMENT = 5000;

/**
 * The rows (keyed by the table's property names, all with the same keys) as
 * `(col, ...) select col, ... from jsonb_to_recordset($1)`: the body of an
 * INSERT, or of a DELETE's `where (a, b) in (...)`.
 */
function recordset(table: PgTable, rows: readonly object[]) {
  const columns = getTableColumns(table);
  const keys = Object.keys(rows[0]!) as (keyof object)[];
  const cols = keys.map((k) => {
    const column = columns[k];
    if (!column) throw new Error(`${k} is not a column`);
    return column;
  });
  const json = JSON.stringify(rows.map((r) => Object.fromEntries(keys.map((k, i) => [cols[i]!.name, r[k] ?? null]))));
  const names = sql.join(cols.map((c) => sql.identifier(c.name)), sql`, `);
  const types = sql.join(cols.map((c) => sql`${sql.identifier(c.name)} ${sql.raw(c.getSQLType())}`), sql`, `);
  return { names, rows: sql`select ${names} from jsonb_to_recordset(${json}::jsonb) as x(${types})` };
}

export async function insertRows<T extends PgTable>(tx: Tx, table: T, rows: readonly T["$inferInsert"][], onConflict: SQL = sql``): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const part = recordset(table, rows.slice(i, i + ROWS_PER_STATEMENT));
    await tx.execute(sql`insert into ${table} (${part.names}) ${part.rows} ${onConflict}`);
  }
}

/** Deletes the rows matching every given column of one of `keys` (a composite key). */
export async function deleteRows<T extends PgTable>(tx: Tx, table: T, keys: readonly Partial<T["$inferSelect"]>[]): Promise<void> {
  for (let i = 0; i < keys.length; i += ROWS_PER_STATEMENT) {
    const part = recordset(table, keys.slice(i, i + ROWS_PER_STATEMENT));
    await tx.execute(sql`delete from ${table} where (${part.names}) in (${part.rows})`);
  }
}
