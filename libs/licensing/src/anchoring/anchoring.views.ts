import { ApiProperty } from '@nestjs/swagger';

/** What the history-anchor routes answer (checked against real answers by test/openapi-responses.e2e-spec.ts). */

const HEX = { pattern: '^[0-9a-f]{64}$', example: '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d' };

export class HistoryAnchorView {
  @ApiProperty({ example: '2026-12-01', description: 'The Bangkok date (Gregorian) the anchor stands for; one a day' })
  date!: string;
  @ApiProperty({ example: 1234, description: 'Leaves in the tree: one per application that has a history (drafts have none)' })
  treeSize!: number;
  @ApiProperty({ ...HEX, description: 'The Merkle Tree Hash (RFC 6962) over the leaves, lowercase hex' })
  rootHash!: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'When the chain heads were read: every history row committed before is under this root' })
  headsReadAt!: string;
  @ApiProperty({
    description:
      'The exact UTF-8 text that was signed: canonical JSON (keys sorted, no spaces) of type, anchorDate, treeSize, rootHash, headsReadAt and the leaf format. Check the signature with `openssl cms -verify -binary -inform DER -in signature.der -content statement.txt -CAfile agency-ca.pem`.',
  })
  statement!: string;
  @ApiProperty({ format: 'byte', description: 'Detached CMS SignedData (DER, base64) over `statement` by the agency’s signing key, its certificate chain inside' })
  signature!: string;
  @ApiProperty({ type: String, format: 'byte', nullable: true, description: 'RFC 3161 TimeStampToken (DER, base64) over `statement`; null only when the portal runs without a timestamping service (TSA_URL unset)' })
  timestampToken!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The time the timestamping service attested; null without a token' })
  timestampedAt!: string | null;
}

export class HistoryAnchorListView {
  @ApiProperty({ type: [HistoryAnchorView], description: 'Newest first' })
  items!: HistoryAnchorView[];
  @ApiProperty({ type: String, nullable: true, example: '2026-11-02', description: 'Pass as `before` for the next page; null on the last' })
  nextBefore!: string | null;
}

export class HistoryLeafView {
  @ApiProperty({ example: 'BP2569-000123' })
  trackingNumber!: string;
  @ApiProperty({ ...HEX, description: 'The chain head as the application’s history rows give it now, recomputed from their content up to `eventSeq`' })
  headHash!: string;
}

export class HistoryProofView {
  @ApiProperty({ example: 'BP2569-000123' })
  trackingNumber!: string;
  @ApiProperty({ type: HistoryAnchorView })
  anchor!: HistoryAnchorView;
  @ApiProperty({ example: 7, description: 'The history entry whose hash the anchor published as the head' })
  eventSeq!: number;
  @ApiProperty({ type: HistoryLeafView, description: 'Leaf = UTF-8(trackingNumber + "\\n" + headHash); leaf hash = SHA-256(0x00 || leaf)' })
  leaf!: HistoryLeafView;
  @ApiProperty({ example: 41, description: 'The leaf’s place in the tree (0-based; leaves ordered by tracking number)' })
  leafIndex!: number;
  @ApiProperty({ example: 1234 })
  treeSize!: number;
  @ApiProperty({ type: [String], description: 'RFC 9162 audit path, nearest sibling first, lowercase hex; nodes SHA-256(0x01 || left || right)' })
  auditPath!: string[];
  @ApiProperty({ ...HEX, description: 'The anchor’s root, to compare with the signed statement' })
  rootHash!: string;
  @ApiProperty({ description: 'Whether leaf and path give the root (RFC 9162 §2.1.3.2), as the portal checked it; false when the history was changed after it was anchored' })
  verified!: boolean;
}
