import pg from "pg";

/** The e2e server's own embedded database, for checking what a journey wrote. */
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({
    host: "localhost",
    port: Number(process.env.E2E_PG_PORT ?? 54332),
    user: "postgres",
    password: "postgres",
    database: "inland_gateway",
  });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
