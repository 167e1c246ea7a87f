import { z } from 'zod';
import { Id, Timestamp } from '../../api/ids';
import { Source } from '../../citations/source';
import { DocJson } from '../../document/doc-json';
import { ArticleMetadata, DraftStatus } from '../../document/metadata';
import { Profile } from '../profile';
import { Comment, SignOff, Thread } from '../thread';

/** The `format` field every review package starts with. */
export const REVIEW_PACKAGE_FORMAT = 'vetted-review';
/** The package format version this code writes and reads. */
export const REVIEW_PACKAGE_VERSION = 1;
/** File name ending for review packages. */
export const REVIEW_PACKAGE_EXTENSION = '.vetted-review.json';
/** The checksum algorithm named in packages. */
export const CHECKSUM_ALGORITHM = 'SHA-256';

/** The draft as the sender had it: suggestions travel as marks in `doc`. */
export const PackageDraft = z.object({
  id: Id,
  revision: z.number().int().min(0),
  status: DraftStatus,
  metadata: ArticleMetadata,
  doc: DocJson,
});
export type PackageDraft = z.infer<typeof PackageDraft>;

/** Everything a package carries; the checksum covers it. */
export const ReviewPackagePayload = z.object({
  packageId: Id,
  createdAt: Timestamp,
  sender: Profile,
  /** For a returned package: the package it answers and the writer's revision in it. */
  basedOn: z.object({ packageId: Id, revision: z.number().int().min(0) }).nullable(),
  draft: PackageDraft,
  sources: z.array(Source),
  threads: z.array(Thread),
  comments: z.array(Comment),
  signOffs: z.array(SignOff),
});
export type ReviewPackagePayload = z.infer<typeof ReviewPackagePayload>;

/** A checksum of the payload, so a changed or damaged file is refused. */
export const PackageChecksum = z.object({
  algorithm: z.literal(CHECKSUM_ALGORITHM),
  value: z.string().regex(/^[0-9a-f]{64}$/, 'The checksum must be 64 lower-case hex digits'),
});

/** A review package file: format, version, checksum and payload. */
export const ReviewPackage = z.object({
  format: z.literal(REVIEW_PACKAGE_FORMAT),
  version: z.literal(REVIEW_PACKAGE_VERSION),
  checksum: PackageChecksum,
  payload: ReviewPackagePayload,
});
export type ReviewPackage = z.infer<typeof ReviewPackage>;
