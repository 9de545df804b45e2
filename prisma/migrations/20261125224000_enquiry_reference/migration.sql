-- Enquiry references (IG-2026-000123) take their number from this sequence: unique and gap-tolerant
-- under any number of concurrent submissions and app instances, with no counter row to lock.
CREATE SEQUENCE "enquiry_reference_seq" START 1;
