import type { z } from "zod";
import type { AuditEntity } from "../audit-vocabulary.ts";

/**
 * How one field of a staff edit form is entered. The web's form draws its control from this and
 * takes the label from the messages (`admin.content.fields.<name>`), so a field added to a kind's
 * definition appears in the form, the schema and the audit log together.
 * - `bilingual`: a { en, zh } text, the two languages side by side;
 * - `choice`: one of `options` (labelled from the messages namespace `labels`, else by the value
 *   itself), "" for none when `optional`;
 * - `country`: an ISO country code or none; `number`, `date` (YYYY-MM-DD), `text`, `email`,
 *   `tel`, `url`: one input; `checkbox`: on or off;
 * - `areas`: the record's area (a choice) or areas (checkboxes), as slugs;
 * - `links`: several records of another kind (checkboxes, slugs); `park`: one park or none (slug);
 * - `source`: the Source a fact cites (its id) or none; the form also offers to enter a new one
 *   (new-source.ts), created with the save;
 * - `owner`: the staff member who answers for the record (a StaffUser's id) or none;
 * - `transport`: a park's links per mode (text in both languages, distance in km).
 * Links are offered from the record's own area(s) only; the data layer checks them again.
 */
export type FieldInput =
  | { type: "bilingual"; multiline?: boolean }
  | { type: "choice"; options: readonly string[]; labels?: string; optional?: boolean }
  | { type: "country" }
  | { type: "number" }
  | { type: "date" }
  | { type: "text" | "email" | "tel" | "url" | "checkbox" }
  | { type: "areas" }
  | { type: "links"; to: "industries" | "parks" | "policies" | "projects" }
  | { type: "park" }
  | { type: "source" }
  | { type: "owner" }
  | { type: "transport" };

export type FormField = { name: string } & FieldInput;

/**
 * What every kind of content record staff keep current shares (parks, projects, policies, news
 * items, figures, industries): the model and audit entity name, where its staff list lives, the
 * field that names it and its bilingual texts (nullable ones count as missing a language only
 * when filled in).
 */
export type RecordKindDefinition = {
  /** The Prisma model, its table and the audit log's `entity` (a closed vocabulary). */
  entity: AuditEntity;
  /** Its staff list is /admin/<path>; its public pages /<locale>/<path>/<slug>. */
  path: string;
  /** Figures have no slug: their pages are named by id. */
  hasSlug: boolean;
  nameField: string;
  texts: readonly string[];
};

/**
 * The kinds staff create, edit, publish and delete through one generic path: their edit schema
 * (`ZParkEdit` …), the fields it may change in audit-log order, how the form shows them, which
 * are dates, which feed the search text, what a new draft needs and what the staff list shows.
 */
export type ContentKindDefinition<
  Edit extends z.ZodType = z.ZodType,
  Create extends z.ZodType = z.ZodType,
> = RecordKindDefinition & {
  /** Projects and parks have one area (`area`), policies and news items several (`areas`). */
  manyAreas: boolean;
  editSchema: Edit;
  editFields: readonly string[];
  form: readonly FormField[];
  dateFields: readonly string[];
  /** The texts a record is found by, besides the names of its industries when it has some. */
  searchFields: readonly string[];
  searchIndustries: boolean;
  createSchema: Create;
  /** The texts a new draft starts without (blank in both languages) until its edit page fills them. */
  blankOnCreate: readonly string[];
  /** Shown next to the name in the staff list: stage, type, category, date. */
  listDetail: string;
  /** Columns the data layer writes from a saved edit, never edited themselves (a park's size in km²). */
  derivedColumns?: (edit: never) => Record<string, unknown>;
};
