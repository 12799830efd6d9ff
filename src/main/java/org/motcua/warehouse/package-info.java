/**
 * The personal data warehouse (kho quản lý dữ liệu điện tử của tổ chức, cá nhân): each
 * owner's digitized papers, digitized results and certified copies — owned by a personal
 * ID or a tax code ({@link org.motcua.warehouse.OwnerId}) — with their metadata,
 * validity, provenance (which dossier, who digitized or signed them) and signature
 * status, the dossiers that reused them, and the time-limited links an owner shares one
 * item by.
 *
 * <p>
 * {@link org.motcua.warehouse.Warehouse} is the facade: the dossier module deposits
 * papers and results, asks which items a required document may reuse, and marks the
 * reuse. Owners see their own items; staff see an owner's items only while handling a
 * dossier of that owner, which the dossier module grants through
 * {@link org.motcua.warehouse.WarehouseAccess}, and every staff read is recorded in the
 * audit trail. {@code GET /api/v1/warehouse/<ownerId>/items} lists them;
 * {@code /warehouse/shared/<token>} is the public page of a shared item. The stored PDFs
 * stay in the document module, claimed by the warehouse.
 *
 * <p>
 * Publishes (all {@link org.motcua.shared.Audited}):
 * {@link org.motcua.warehouse.ItemDeposited}, {@link org.motcua.warehouse.ItemRevoked},
 * {@link org.motcua.warehouse.ItemShared}, {@link org.motcua.warehouse.ShareRevoked}.
 * Listens to nothing. Depends on {@code shared}, {@code platform}, {@code audit} and
 * {@code document}; never on {@code dossier} or {@code signature} (the dossier module
 * depends on it).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "audit", "document" })
package org.motcua.warehouse;
