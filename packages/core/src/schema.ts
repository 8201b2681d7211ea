import { z } from 'zod';
import { type Meta, type PhrasingContent, SCHEMA_VERSION, SOURCE_KINDS } from './model.js';
import { dateProblem } from './text/dates.js';

// The zod schemas mirror model.ts one to one; a type test keeps them equal.

export const isoDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/,
    'expected an ISO 8601 date like "2025-10-28" or "2025-10-28T09:53:00+09:00"',
  )
  .superRefine((value, context) => {
    // The pattern admits 2025-02-30 and T25:61; a renderer would then print or throw on them.
    const problem = dateProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: `"${value}" is not a real date: ${problem}` });
  });
const id = z
  .string()
  .regex(/^[A-Za-z][\w.:-]*$/, 'expected an id: a letter, then letters, digits, _ . : or -');
export const nonEmpty = z.string().min(1, 'must not be empty');

export const TextSchema = z
  .object({ type: z.literal('text'), value: z.string() })
  .strict()
  .meta({ id: 'Text' });
export const BreakSchema = z
  .object({ type: z.literal('break') })
  .strict()
  .meta({ id: 'Break' });
export const SourceReferenceSchema = z
  .object({ type: z.literal('sourceReference'), sourceId: id, locator: z.string().optional() })
  .strict()
  .meta({ id: 'SourceReference' });
export const NoteReferenceSchema = z
  .object({ type: z.literal('noteReference'), noteId: id })
  .strict()
  .meta({ id: 'NoteReference' });

export const EmphasisSchema = z
  .object({
    type: z.literal('emphasis'),
    get children() {
      return z.array(PhrasingContentSchema);
    },
  })
  .strict()
  .meta({ id: 'Emphasis' });
export const StrongSchema = z
  .object({
    type: z.literal('strong'),
    get children() {
      return z.array(PhrasingContentSchema);
    },
  })
  .strict()
  .meta({ id: 'Strong' });
export const LinkSchema = z
  .object({
    type: z.literal('link'),
    url: nonEmpty,
    title: z.string().optional(),
    get children() {
      return z.array(PhrasingContentSchema);
    },
  })
  .strict()
  .meta({ id: 'Link' });

export const PhrasingContentSchema: z.ZodType<PhrasingContent> = z
  .discriminatedUnion('type', [
    TextSchema,
    EmphasisSchema,
    StrongSchema,
    LinkSchema,
    BreakSchema,
    SourceReferenceSchema,
    NoteReferenceSchema,
  ])
  .meta({ id: 'PhrasingContent' });

const phrasing = z.array(PhrasingContentSchema);

export const ParagraphSchema = z
  .object({ type: z.literal('paragraph'), children: phrasing })
  .strict()
  .meta({ id: 'Paragraph' });
const paragraphs = z.array(ParagraphSchema);

export const QuoteSchema = z
  .object({
    type: z.literal('quote'),
    id: id.optional(),
    sourceId: id.optional(),
    locator: z.string().optional(),
    truncated: z.boolean().optional(),
    children: paragraphs,
  })
  .strict()
  .meta({ id: 'Quote' });

export const ListItemSchema = z
  .object({
    type: z.literal('listItem'),
    get children() {
      return z.array(z.discriminatedUnion('type', [ParagraphSchema, ListSchema]));
    },
  })
  .strict()
  .meta({ id: 'ListItem' });
export const ListSchema = z
  .object({
    type: z.literal('list'),
    ordered: z.boolean(),
    start: z.number().int().optional(),
    get children() {
      return z.array(ListItemSchema);
    },
  })
  .strict()
  .meta({ id: 'List' });

export const TermItemSchema = z
  .object({ type: z.literal('termItem'), term: phrasing, children: paragraphs })
  .strict()
  .meta({ id: 'TermItem' });
export const TermListSchema = z
  .object({ type: z.literal('termList'), children: z.array(TermItemSchema) })
  .strict()
  .meta({ id: 'TermList' });

export const FigureSchema = z
  .object({
    type: z.literal('figure'),
    id: id.optional(),
    src: nonEmpty,
    alt: z.string(),
    caption: phrasing.optional(),
    credit: z.string().optional(),
    width: z.number().positive().optional(),
    height: z.number().positive().optional(),
  })
  .strict()
  .meta({ id: 'Figure' });

export const AsideSchema = z
  .object({
    type: z.literal('aside'),
    label: z.string().optional(),
    children: z.array(z.discriminatedUnion('type', [ParagraphSchema, ListSchema])),
  })
  .strict()
  .meta({ id: 'Aside' });

const blockOptions = [
  ParagraphSchema,
  QuoteSchema,
  ListSchema,
  TermListSchema,
  FigureSchema,
  AsideSchema,
] as const;
export const BlockContentSchema = z.discriminatedUnion('type', [...blockOptions]);

export const LedeSchema = z
  .object({ type: z.literal('lede'), children: paragraphs })
  .strict()
  .meta({ id: 'Lede' });

export const SectionSchema = z
  .object({
    type: z.literal('section'),
    id: id.optional(),
    number: z.string().optional(),
    heading: phrasing,
    get children() {
      return z.array(z.discriminatedUnion('type', [...blockOptions, SectionSchema]));
    },
  })
  .strict()
  .meta({ id: 'Section' });

export const ConclusionSchema = z
  .object({
    type: z.literal('conclusion'),
    id: id.optional(),
    heading: phrasing.optional(),
    children: z.array(BlockContentSchema),
  })
  .strict()
  .meta({ id: 'Conclusion' });

export const FlowContentSchema = z.discriminatedUnion('type', [
  LedeSchema,
  SectionSchema,
  ConclusionSchema,
  ...blockOptions,
]);

export const SourceSchema = z
  .object({
    id,
    outlet: nonEmpty,
    title: z.string().optional(),
    url: nonEmpty.optional(),
    kind: z.enum(SOURCE_KINDS),
    author: z.string().optional(),
    published: isoDate.optional(),
    accessed: isoDate.optional(),
  })
  .strict()
  .meta({ id: 'Source' });

export const NoteSchema = z
  .object({ type: z.literal('note'), id, children: paragraphs })
  .strict()
  .meta({ id: 'Note' });

export const CommentSchema = z
  .object({
    type: z.literal('comment'),
    id: id.optional(),
    author: z.string().optional(),
    published: isoDate.optional(),
    children: paragraphs,
  })
  .strict()
  .meta({ id: 'Comment' });

export const languageTag = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag like "ja" or "en-GB"');

export const AuthorSchema = z
  .object({ name: nonEmpty, role: z.string().optional(), url: nonEmpty.optional() })
  .strict()
  .meta({ id: 'Author' });
export const PublisherSchema = z
  .object({ name: nonEmpty, url: nonEmpty.optional() })
  .strict()
  .meta({ id: 'Publisher' });

export const MetaSchema = z
  .object({
    title: nonEmpty,
    kicker: z.string().optional(),
    subtitle: z.string().optional(),
    language: languageTag,
    published: isoDate.optional(),
    updated: isoDate.optional(),
    place: z.string().optional(),
    authors: z.array(AuthorSchema).optional(),
    publisher: PublisherSchema.optional(),
    tags: z.array(z.string()).optional(),
    summary: z.string().optional(),
  })
  .strict()
  .meta({ id: 'Meta' });

export const ArticleSchema = z
  .object({
    $schema: z
      .string()
      .optional()
      .meta({ description: 'The JSON Schema this file follows, for editors; Kiji ignores it.' }),
    type: z.literal('article'),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: id.optional(),
    meta: MetaSchema,
    children: z.array(FlowContentSchema),
    sources: z.array(SourceSchema),
    notes: z.array(NoteSchema).optional(),
    comments: z.array(CommentSchema).optional(),
  })
  .strict()
  .meta({
    title: 'Kiji article',
    description: 'A Kiji news briefing: metadata, body, sources and trailing matter.',
  });

/** The fields of `meta`, in the order the model declares them (front matter, forms, tests). */
export const META_FIELDS = Object.keys(MetaSchema.shape) as readonly (keyof Meta)[];
