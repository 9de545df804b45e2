/** The controls of a staff content form, as the server describes them to the client form. */
export type Option = { value: string; label: string };

export type Control =
  /** A bilingual text, the two languages side by side. */
  | { control: "text"; name: string; label: string; multiline?: boolean }
  /** A select (with options; "" means none) or one input of `type` (number by default). */
  | {
      control: "choice";
      name: string;
      label: string;
      options?: Option[];
      type?: "number" | "date" | "text" | "email" | "tel" | "url";
    }
  | { control: "checkbox"; name: string; label: string }
  /** The source a fact cites (a select of `options`), or a new one typed in as `newSource.<name>.…`. */
  | { control: "source"; name: string; label: string; options: Option[] }
  /** Several of `options`, sent as repeated values of `name`. */
  | { control: "checkboxes"; name: string; label: string; options: Option[] }
  /** A park's transport links: per mode a text in both languages and a distance in km. */
  | { control: "transport"; name: string; label: string; modes: Option[] };

export type ChoiceField =
  Extract<Control, { control: "choice" }> | Omit<Extract<Control, { control: "choice" }>, "control">;
export type TextField = Omit<Extract<Control, { control: "text" }>, "control">;
