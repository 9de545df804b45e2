import pg from "pg";

/** The e2e server's own embedded database, for checking what a journey wrote. */
export function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  return queryAt(
    {
      host: "localhost",
      port: Number(process.env.E2E_PG_PORT ?? 54332),
      user: "postgres",
      password: "postgres",
      database: "inland_gateway",
    },
    sql,
    params,
  );
}

/** One statement on the given database (a cluster's, say) over a connection of its own; its rows. */
export async function queryAt<T extends pg.QueryResultRow>(
  connection: string | pg.ClientConfig,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client(
    typeof connection === "string" ? { connectionString: connection } : connection,
  );
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
