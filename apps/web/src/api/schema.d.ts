/**
 * The API's types, generated from openapi.json by openapi-typescript. Do not edit:
 * run `npm run api:types` (test/openapi-types.e2e-spec.ts fails while this file is stale).
 */

export interface paths {
    "/admin/businesses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every business type, unpublished ones included / ประเภทธุรกิจทั้งหมด */
        get: operations["businessTypesAdmin_list"];
        put?: never;
        /** Create a business type; version 1 is a draft until published / สร้างประเภทธุรกิจ */
        post: operations["businessTypesAdmin_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/businesses/{slug}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changes between two versions / เปรียบเทียบสองฉบับ */
        get: operations["businessTypesAdmin_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/businesses/{slug}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of a business type, who drafted and published it and when / ประวัติฉบับของประเภทธุรกิจ */
        get: operations["businessTypesAdmin_versions"];
        put?: never;
        /** Draft a new version, a copy of a published one / ร่างฉบับใหม่ */
        post: operations["businessTypesAdmin_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/businesses/{slug}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version with its whole content / ประเภทธุรกิจฉบับหนึ่ง */
        get: operations["businessTypesAdmin_version"];
        /** Save a draft: names, description, licences, questions and rules / บันทึกฉบับร่าง */
        put: operations["businessTypesAdmin_edit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/businesses/{slug}/versions/{version}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft: the finder and the Smart Quiz use it at once / เผยแพร่ประเภทธุรกิจ */
        post: operations["businessTypesAdmin_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/businesses/{slug}/versions/{version}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate a version; its problems by field (200 even when invalid) / ตรวจสอบประเภทธุรกิจ */
        post: operations["businessTypesAdmin_validate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a holiday (e.g. a special holiday the cabinet declared) / เพิ่มวันหยุด */
        post: operations["holidaysAdmin_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/holidays/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a holiday / ลบวันหยุด */
        delete: operations["holidaysAdmin_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/licence-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every licence type, unpublished ones included / ประเภทใบอนุญาตทั้งหมด */
        get: operations["adminWorkflows_licenceTypes"];
        put?: never;
        /** Create a licence type with its first workflow version as a draft / สร้างประเภทใบอนุญาต */
        post: operations["adminWorkflows_createLicenceType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/licence-types/{slug}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changes between two versions / เปรียบเทียบสองฉบับ */
        get: operations["adminWorkflows_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/licence-types/{slug}/migrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The migrations of a licence type, newest first, with their counts / รายการย้ายคำขอ */
        get: operations["adminMigrations_list"];
        put?: never;
        /** Move running applications to another workflow version: dryRun answers the checked plan (200); a real run starts in batches (202) / ย้ายคำขอไปกระบวนงานฉบับอื่น */
        post: operations["adminMigrations_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/licence-types/{slug}/migrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A migration's report: counts and each application's outcome / รายงานการย้ายคำขอ */
        get: operations["adminMigrations_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/licence-types/{slug}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every workflow version, who drafted and published it and when / ประวัติฉบับของกระบวนงาน */
        get: operations["adminWorkflows_versions"];
        put?: never;
        /** Draft a new workflow version / ร่างกระบวนงานฉบับใหม่ */
        post: operations["adminWorkflows_createVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/licence-types/{slug}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One workflow version with its whole definition / กระบวนงานฉบับหนึ่ง */
        get: operations["adminWorkflows_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/licence-types/{slug}/versions/{version}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft: new applications use it, running ones keep theirs / เผยแพร่กระบวนงาน */
        post: operations["adminWorkflows_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/licence-types/{slug}/versions/{version}/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run events through a version from its initial state; nothing is stored / จำลองการทำงาน */
        post: operations["adminWorkflows_simulate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/licence-types/{slug}/versions/{version}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate a version; problems per state (200 even when invalid) / ตรวจสอบกระบวนงาน */
        post: operations["adminWorkflows_validate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Local offices, by id, with what they serve and their staff counts / หน่วยงานท้องถิ่น */
        get: operations["offices_list"];
        put?: never;
        /** Onboard a local office: its agency record / รับหน่วยงานท้องถิ่นเข้าระบบ */
        post: operations["offices_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/offices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A local office: the subdistricts it serves, its staff and invitations / รายละเอียดหน่วยงาน */
        get: operations["offices_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/offices/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a person by national ID with office roles; her first Digital ID sign-in accepts it / เชิญเจ้าหน้าที่ */
        post: operations["offices_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/offices/{id}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an invitation not yet accepted / ยกเลิกคำเชิญ */
        delete: operations["offices_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/offices/{id}/subdistricts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the subdistricts the office serves; those of another office only when handed over / กำหนดพื้นที่ให้บริการ */
        put: operations["offices_setSubdistricts"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/workflow-editor/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check and draw a draft without storing it: expanded machine, problems per state, graph (200 even when invalid) / ดูตัวอย่างร่างกระบวนงาน */
        post: operations["adminWorkflowEditor_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/workflow-editor/schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The JSON Schema of a licence workflow file, for the editor’s lint / โครงสร้างของนิยามกระบวนงาน */
        get: operations["adminWorkflowEditor_schema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/workflow-editor/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Guards, actions, event words, templates with their parameters, statuses, roles and agencies / คำที่ใช้ในนิยามกระบวนงาน */
        get: operations["adminWorkflowEditor_vocabulary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My applications, or my office’s, newest first, a page at a time / รายการคำขอ
         * @description Pages follow nextCursor (keyset on creation time and id: no item repeats or goes missing when applications arrive in between). total is exact up to 1,000; beyond that it is 1,000 with totalCapped true. Items are summaries; GET /applications/{id} has the form, premises and available events.
         */
        get: operations["applications_list"];
        put?: never;
        /** Start an application (a draft) / สร้างคำขอ */
        post: operations["applications_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application / รายละเอียดคำขอ */
        get: operations["applications_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the form or confirm the government data while a draft or waiting for documents / แก้ไขแบบคำขอ ยืนยันข้อมูล */
        patch: operations["applications_update"];
        trace?: never;
    };
    "/applications/{id}/acknowledgement.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Acknowledgement of receipt of a submitted application, PDF / ใบรับคำขอ */
        get: operations["applications_acknowledgement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign an application to a staff member of the office / มอบหมายงาน */
        post: operations["applicationAssignment_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who held the application, when / ประวัติการมอบหมายงาน */
        get: operations["applicationAssignment_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/bill-payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bill payment of the open fee: biller, Ref1, Ref2, amount, due date, barcode and QR / ชำระผ่านเคาน์เตอร์ธนาคาร
         * @description Offered for any fee, and the only online-visible way for fees below the gateway minimum.
         */
        get: operations["billPayments_slip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/bill-payment/slip.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bill payment slip (PDF, Code 128 barcode and Thai QR tag 30) / ใบแจ้งการชำระเงิน */
        get: operations["billPayments_slipPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take an application waiting for my role / รับเรื่อง */
        post: operations["applicationAssignment_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The documents of the application and those still missing / รายการเอกสารประกอบคำขอ */
        get: operations["documents_list"];
        put?: never;
        /** Upload (or replace) one document of the application / แนบเอกสารประกอบคำขอ */
        post: operations["documents_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one document / ดาวน์โหลดเอกสาร */
        get: operations["documents_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a workflow event (SUBMIT, ACCEPT, APPROVE, …) / ดำเนินการกับคำขอ
         * @description SUBMIT carries the applicant’s consent to the current privacy notice: `data.privacyConsent {noticeVersion, agreed: true}` (GET /policies names the version); without it the submission is refused and nothing changes.
         */
        post: operations["applications_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/information-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the office asked for, and what is answered / รายการขอเอกสารหรือข้อมูลเพิ่มเติม */
        get: operations["informationRequests_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/information-requests/{requestId}/items/{itemId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer (or re-answer) a question of the office before resubmitting / ตอบคำขอข้อมูลเพิ่มเติม */
        post: operations["informationRequests_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/inspection-photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a photo of the site inspection / อัปโหลดรูปถ่ายการตรวจสถานที่ */
        post: operations["inspections_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/inspection-photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One inspection photo / รูปถ่ายการตรวจสถานที่ */
        get: operations["inspections_photo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Site inspections: schedules, results, findings and photos / การตรวจสถานที่ */
        get: operations["inspections_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/licence-preview.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview of the e-licence while it waits for the authorised signer (staff of its office) / ตัวอย่างใบอนุญาตก่อนลงนาม
         * @description The licence as it will be issued, rendered by the e-licence renderer, marked as a preview in Thai and English, its number to be assigned, without QR code or signature. Only while the application waits for the signer (APPROVE_SIGNATURE); otherwise 409 LICENCE_PREVIEW_NOT_AVAILABLE.
         */
        get: operations["licences_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages between the applicant and the office / ข้อความระหว่างผู้ยื่นคำขอกับเจ้าหน้าที่ */
        get: operations["messages_list"];
        put?: never;
        /** Write to the office, or to the applicant / ส่งข้อความ */
        post: operations["messages_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/messages/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the other side’s messages read / บันทึกว่าอ่านข้อความแล้ว */
        post: operations["messages_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fees, payments and receipts of an application / รายการชำระเงินและใบเสร็จ */
        get: operations["payments_list"];
        put?: never;
        /**
         * Pay the fee by PromptPay QR or card / ชำระค่าธรรมเนียม
         * @description A fee below the gateway minimum (20 THB) is refused with 422 AMOUNT_BELOW_GATEWAY_MINIMUM: it is paid by bill payment (GET /applications/{id}/bill-payment) or at the office counter.
         */
        post: operations["payments_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/payments/counter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a fee paid in cash at the office / บันทึกการชำระเงินที่สำนักงาน
         * @description The office's paper receipt number is unique within the office (the same number for the same fee returns the same payment). Open online payments of the fee are closed at the gateway first; if the gateway says the fee was paid online meanwhile, the cash is not recorded (409 COUNTER_PAID_ONLINE_MEANWHILE).
         */
        post: operations["payments_counter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/precheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The system’s pre-check of a submitted application, for its office / ผลการตรวจสอบเบื้องต้นโดยระบบ */
        get: operations["prechecks_latest"];
        put?: never;
        /** Pre-check the application again now / ตรวจสอบเบื้องต้นอีกครั้ง */
        post: operations["prechecks_recheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give an application back to the office queue (its holder or the head of office) / คืนเรื่อง */
        post: operations["applicationAssignment_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The application’s rating, and whether the applicant may rate / ผลการประเมินความพึงพอใจของคำขอ */
        get: operations["satisfaction_forApplication"];
        put?: never;
        /** Rate the service once the application is finished, once / ประเมินความพึงพอใจต่อบริการ */
        post: operations["satisfaction_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every step of the application / ประวัติการดำเนินการ */
        get: operations["applications_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Provinces, a province’s districts or a district’s subdistricts (DOPA codes), with the local office serving each subdistrict / พื้นที่ */
        get: operations["areas_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A CSRF token for writes made with the session cookie / รหัสป้องกันการปลอมแปลงคำขอ */
        get: operations["auth_csrf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/dev-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in as a demo user (embedded mode only) / เข้าสู่ระบบด้วยผู้ใช้ทดลอง */
        post: operations["auth_devLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/dev-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the demo users (embedded mode only) / รายชื่อผู้ใช้ทดลอง */
        get: operations["auth_devUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/digital-id/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the identity provider returns: signs the browser in / ปลายทางหลังยืนยันตัวตน */
        get: operations["digitalId_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/digital-id/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign in with Digital ID: redirects to the identity provider / เข้าสู่ระบบด้วย Digital ID */
        get: operations["digitalId_login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: the session of this token or cookie ends / ออกจากระบบ */
        post: operations["auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user / ผู้ใช้ที่เข้าสู่ระบบ */
        get: operations["auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bill-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The office's statement imports and counter entries, and money whose references match nothing / ประวัติการนำเข้ารายการรับชำระ */
        get: operations["billPayments_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bill-payments/biller": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's office as a biller: biller ID and the bank account its statements name / บัญชีรับชำระของสำนักงาน */
        get: operations["billPayments_biller"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bill-payments/counter-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enter one bill payment seen in the bank's web statement / บันทึกรายการรับชำระจากธนาคารทีละรายการ
         * @description The same matching as a statement line; the same bank reference entered again is already imported.
         */
        post: operations["billPayments_counterEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bill-payments/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import with the lines first imported by it / รายละเอียดการนำเข้า */
        get: operations["billPayments_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bill-payments/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the bank's bill payment statement / นำเข้าไฟล์รายการรับชำระจากธนาคาร
         * @description The 256-byte H/D/T layout of docs/architecture.md (section 8). Every line is checked first: a bad file is refused whole, naming its line, and nothing is written. Then each payment is matched by Ref1/Ref2: settled, held, or already imported (idempotent by each line's identity).
         */
        post: operations["billPayments_importStatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My bundles of applications, newest first / คำขอรวมของฉัน */
        get: operations["bundles_list"];
        put?: never;
        /**
         * Apply for several licences together: one draft per licence, shared data entered once / ยื่นคำขอรวมหลายใบอนุญาต
         * @description All or nothing: a licence that cannot be applied for here (unknown, not open online, not listed for the business, no office for the premises) refuses the whole request, naming it as licenceTypes[i], and nothing is stored.
         */
        post: operations["bundles_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bundles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bundle: each licence’s application with its state, office, fees and due date / คำขอรวม */
        get: operations["bundles_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bundles/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay the open fees of the bundle’s applications with one PromptPay QR / ชำระค่าธรรมเนียมรวม
         * @description One charge for the fees of every application of the bundle awaiting payment, summed. When it is paid each fee is paid on its own: PAYMENT_SUCCEEDED to its application and a receipt numbered by its own office. A second request while the QR is open answers the same one.
         */
        post: operations["bundlePayments_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bundles/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit every draft of the bundle together / ยื่นคำขอทั้งหมด
         * @description One SUBMIT per draft, committed together: if any cannot be submitted (form, documents, unconfirmed data) the answer names each (applications[i]) and why, and none is submitted. Afterwards each application runs its own workflow.
         */
        post: operations["bundles_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/businesses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Business types / ประเภทธุรกิจ */
        get: operations["catalogue_businesses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/businesses/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A business type with the licences it may need / ประเภทธุรกิจและใบอนุญาตที่เกี่ยวข้อง */
        get: operations["catalogue_business"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/businesses/{slug}/quiz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Smart Quiz: the licences this business needs / แบบสอบถามหาใบอนุญาตที่ต้องใช้ */
        post: operations["catalogue_quiz"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaint-status/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a complaint stands, by its reference, without personal data / สถานะเรื่องร้องเรียน */
        get: operations["complaints_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complain about licensed premises / แจ้งเรื่องร้องเรียน */
        post: operations["complaints_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One complaint, as the caller may see it / เรื่องร้องเรียน */
        get: operations["complaints_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{id}/inspection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the inspection of the premises / บันทึกผลการตรวจสถานที่ตามเรื่องร้องเรียน */
        post: operations["complaints_inspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the outcome: no action, a warning, or the licence’s suspension or revocation / บันทึกผลการพิจารณาเรื่องร้องเรียน */
        post: operations["complaints_outcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One photo of a complaint (not for the holder) / รูปถ่ายประกอบเรื่องร้องเรียน */
        get: operations["complaints_photo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{id}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The licence holder’s answer to a complaint, once / คำชี้แจงของผู้รับใบอนุญาต */
        post: operations["complaints_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{id}/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or dismiss a complaint, with the reason / คัดกรองเรื่องร้องเรียน */
        post: operations["complaints_triage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find the licence a complaint is about, by number or premises address / ค้นหาใบอนุญาตที่จะร้องเรียน */
        get: operations["complaints_findLicences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complaints I made, and those accepted about licences I hold / เรื่องร้องเรียนของฉัน */
        get: operations["complaints_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/office": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complaints about licences my office issued, newest first / เรื่องร้องเรียนของหน่วยงาน */
        get: operations["complaints_ofOffice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a photo for a complaint about to be made / อัปโหลดรูปถ่ายประกอบเรื่องร้องเรียน */
        post: operations["complaints_uploadPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dev/mailbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redirect to the local mailbox’s web page (development only) / กล่องจดหมายทดสอบ */
        get: operations["devInbox_mailbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dev/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The SMS the local provider kept, newest first (development only) / SMS ทดสอบ */
        get: operations["devInbox_localSms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Grants I made (as a person or a director) and grants I hold as an agent / การมอบอำนาจของฉัน */
        get: operations["grants_list"];
        put?: never;
        /**
         * Grant an agent the right to file and act for me or my company / มอบอำนาจให้ผู้อื่นยื่นคำขอแทน
         * @description The principal is the signed-in citizen, or a juristic person naming her as an authorised director. The agent is named by national ID and looked up in the civil registry. One grant in force per principal and agent.
         */
        post: operations["grants_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One grant with its history / รายละเอียดการมอบอำนาจ */
        get: operations["grants_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grants/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a grant: the agent is stopped at once / เพิกถอนการมอบอำนาจ */
        post: operations["grants_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness, the database and (with REDIS_URL) Redis: 200 up, 503 down / สถานะระบบ */
        get: operations["health_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/held-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Money held for the caller's office to refund or accept / เงินที่พักไว้รอเจ้าหน้าที่ดำเนินการ */
        get: operations["payments_heldPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/history-anchors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published history anchors, newest first (open data) / รากยืนยันประวัติคำขอที่เผยแพร่
         * @description Each night a Merkle root (RFC 6962) over every application’s history chain head is signed with the agency key and published here.
         */
        get: operations["anchoring_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/history-anchors/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The history anchor of one Bangkok date / รากยืนยันประวัติของวันที่ */
        get: operations["anchoring_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public holidays of a year, which deadlines skip / วันหยุดราชการ */
        get: operations["holidays_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/licence-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Licence types, searchable by Thai or English name / ค้นหาประเภทใบอนุญาต */
        get: operations["catalogue_licenceTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/licence-types/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A licence type: fees, documents, form, of its current version or of a published one (?version=) / รายละเอียดใบอนุญาต */
        get: operations["catalogue_licenceType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/licence-types/{slug}/workflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published workflow machine of a licence type; ?format=mermaid for a state diagram / ขั้นตอนการพิจารณา */
        get: operations["catalogue_workflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My licences / ใบอนุญาตของฉัน */
        get: operations["licences_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/licences/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A licence (holder, issuing office, auditors); the number URL-encoded / ใบอนุญาต */
        get: operations["licences_describe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/licences/{number}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed PDF e-licence / ใบอนุญาตอิเล็กทรอนิกส์ */
        get: operations["licences_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/applicant-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My data from government data exchange, and the juristic persons I may act for / ข้อมูลผู้ขอจากหน่วยงานรัฐ
         * @description Citizen record (DOPA) by the national ID of the signed-in account, and every juristic person (DBD) naming her as an authorised director; each with its source and fetch time. No copies of ID cards or house registrations are needed.
         */
        get: operations["applicantData_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, and my office’s / การแจ้งเตือน */
        get: operations["notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my notifications read / ทำเครื่องหมายว่าอ่านแล้ว */
        post: operations["notifications_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notification language and channels / การตั้งค่าการแจ้งเตือน */
        get: operations["notifications_getPreferences"];
        /** Set my notification language and channels / ตั้งค่าการแจ้งเตือน */
        put: operations["notifications_putPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications read / ทำเครื่องหมายว่าอ่านทั้งหมดแล้ว */
        post: operations["notifications_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of my notifications I have not read / จำนวนการแจ้งเตือนที่ยังไม่อ่าน */
        get: operations["notifications_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-data/catalog.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * DCAT-AP catalogue of the open data, JSON-LD (CKAN’s ckanext-dcat harvests it) / แคตตาล็อกข้อมูลเปิด DCAT
         * @description dcat:Catalog → dcat:Dataset (dct:title and dct:description in th and en, dct:publisher, dct:license CC BY 4.0, dct:modified, dct:temporal, dcat:keyword) → dcat:Distribution (dcat:downloadURL, dcat:mediaType) for the CSV, the JSON and the dictionary.
         */
        get: operations["openData_dcat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-data/processing-statistics.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Monthly statistics per licence type × office × month, CSV / สถิติรายเดือน (CSV)
         * @description UTF-8 with a byte-order mark, header row, RFC 4180 quoting, CRLF. Served from the daily snapshot, with `ETag` and `Last-Modified`; `If-None-Match` or `If-Modified-Since` answer 304 while it is unchanged. No personal data; counts 1–4 and figures from fewer than 5 applications suppressed.
         */
        get: operations["openData_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-data/processing-statistics.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Monthly statistics per licence type × office × month, JSON / สถิติรายเดือน (JSON)
         * @description Served from the daily snapshot, with `ETag` and `Last-Modified`; `If-None-Match` or `If-Modified-Since` answer 304 while it is unchanged. No personal data; counts 1–4 and figures from fewer than 5 applications suppressed.
         */
        get: operations["openData_json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-data/processing-statistics/ckan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dataset as CKAN’s package_show answers it (for harvesting into data.go.th) / เมทาดาตาแบบ CKAN */
        get: operations["openData_ckan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-data/processing-statistics/dictionary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The data dictionary: each column’s name, Thai and English title, type, unit and description / คำอธิบายข้อมูล */
        get: operations["openData_dictionary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept held money as the fee / รับเงินที่พักไว้เป็นค่าธรรมเนียม
         * @description Only while the application awaits payment, its fee is unpaid and the money is in baht: PAYMENT_SUCCEEDED with who accepted it and why, and a receipt for the amount received.
         */
        post: operations["payments_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The PromptPay QR code of a payment (SVG) / คิวอาร์โค้ดพร้อมเพย์ */
        get: operations["payments_qr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund held money / คืนเงินที่พักไว้
         * @description Through the gateway's refunds API (status `refunded`, or `refunding` while the gateway cannot be reached: reconciliation finishes it). Money the gateway never saw needs the office's refundReference. The fee opens again, the applicant is notified and the timeline records it.
         */
        post: operations["payments_refund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the card issuer sends the payer back after 3-D Secure: a browser (Accept: text/html) is sent on to the web app at /payment-return / กลับจากการยืนยันตัวตนบัตร */
        get: operations["payments_returnFrom3ds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/gateway": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a browser needs to tokenise a card at the gateway's vault: public key, vault origin, the smallest amount / ข้อมูลสำหรับชำระด้วยบัตร */
        get: operations["payments_gatewayForBrowsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/omise/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Omise webhook (signed) / รับแจ้งผลการชำระเงินจาก Omise */
        post: operations["payments_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/reconcile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compare payments with the gateway and repair missed webhooks / กระทบยอดการชำระเงิน */
        post: operations["payments_reconcile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current privacy notice version and the portal’s contact / ประกาศความเป็นส่วนตัวฉบับปัจจุบันและช่องทางติดต่อ
         * @description SUBMIT must carry data.privacyConsent {noticeVersion: privacyNotice.version, agreed: true}.
         */
        get: operations["policies_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/{number}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An e-receipt as PDF / ใบเสร็จรับเงินอิเล็กทรอนิกส์
         * @description Signed with the agency's key at PAdES B-LT (timestamp and validation data) when first downloaded; later downloads get the same file. Dated in Bangkok time.
         */
        get: operations["payments_receipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/satisfaction/office": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My office’s ratings with their comments, newest first / ผลการประเมินความพึงพอใจของสำนักงาน */
        get: operations["satisfaction_ofOffice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Licence processing statistics over a period, with the backlog now / สถิติการพิจารณาอนุญาต
         * @description Processing time is counted in working days (Monday to Friday in Bangkok, less the public holidays of the portal’s calendar) from the first submission to the decision (the licence issued or the request done, or the application rejected), leaving out the time the application waited for the applicant (more documents, corrections, answers to questions, paying the fee): under the Licensing Facilitation Act B.E. 2558 the clock stops while the applicant must act. It is compared with the licence type’s statutory processing days. Counts from 1 to 4, and figures derived from fewer than 5 applications, are suppressed (null, named in `suppressed`). Filters: licenceType, office, from, to (YYYY-MM, Bangkok months; the last 12 months by default, at most 120). No sign-in.
         */
        get: operations["statistics_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Complaints made per period, by status, outcome and office (open data) / สถิติเรื่องร้องเรียน
         * @description Counts of the complaints made in the months (Bangkok), by where they stand now and by outcome, overall and per office. No names, descriptions or licence numbers.
         */
        get: operations["complaints_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/licence-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The figures per licence type, beside its statutory days / สถิติแยกตามประเภทใบอนุญาต
         * @description Processing time is counted in working days (Monday to Friday in Bangkok, less the public holidays of the portal’s calendar) from the first submission to the decision (the licence issued or the request done, or the application rejected), leaving out the time the application waited for the applicant (more documents, corrections, answers to questions, paying the fee): under the Licensing Facilitation Act B.E. 2558 the clock stops while the applicant must act. It is compared with the licence type’s statutory processing days. Counts from 1 to 4, and figures derived from fewer than 5 applications, are suppressed (null, named in `suppressed`). Filters: licenceType, office, from, to (YYYY-MM, Bangkok months; the last 12 months by default, at most 120). No sign-in.
         */
        get: operations["statistics_licenceTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/months": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The figures month by month (a series for charts) / สถิติรายเดือน
         * @description Processing time is counted in working days (Monday to Friday in Bangkok, less the public holidays of the portal’s calendar) from the first submission to the decision (the licence issued or the request done, or the application rejected), leaving out the time the application waited for the applicant (more documents, corrections, answers to questions, paying the fee): under the Licensing Facilitation Act B.E. 2558 the clock stops while the applicant must act. It is compared with the licence type’s statutory processing days. Counts from 1 to 4, and figures derived from fewer than 5 applications, are suppressed (null, named in `suppressed`). Filters: licenceType, office, from, to (YYYY-MM, Bangkok months; the last 12 months by default, at most 120). No sign-in.
         */
        get: operations["statistics_months"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The figures per office / สถิติแยกตามหน่วยงาน
         * @description Processing time is counted in working days (Monday to Friday in Bangkok, less the public holidays of the portal’s calendar) from the first submission to the decision (the licence issued or the request done, or the application rejected), leaving out the time the application waited for the applicant (more documents, corrections, answers to questions, paying the fee): under the Licensing Facilitation Act B.E. 2558 the clock stops while the applicant must act. It is compared with the licence type’s statutory processing days. Counts from 1 to 4, and figures derived from fewer than 5 applications, are suppressed (null, named in `suppressed`). Filters: licenceType, office, from, to (YYYY-MM, Bangkok months; the last 12 months by default, at most 120). No sign-in.
         */
        get: operations["statistics_offices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satisfaction and completion rate of the period and of each month (open data) / สถิติความพึงพอใจและอัตราการดำเนินการสำเร็จ
         * @description Over the licence types and offices asked for: ratings (count, mean, distribution 1–5) by the month they were given; the completion rate (completed / started, GOV.UK) of the applications started in the month. Counts of 1–4 are withheld (null, `suppressed`). No comments, no personal data. The breakdown per licence type and office is `/statistics/satisfaction/cells`.
         */
        get: operations["satisfactionStatistics_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/satisfaction/cells": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satisfaction and completion rate per month, licence type and office (open data) / สถิติความพึงพอใจแยกตามเดือน ประเภทใบอนุญาต และหน่วยงาน
         * @description One cell per month, licence type and office with ratings or started applications, by month, licence type and office, a page at a time (`limit`, then `after` = the previous page’s `nextAfter`); counts of 1–4 withheld (null, `suppressed`). No comments, no personal data.
         */
        get: operations["satisfactionStatistics_cells"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/track/{trackingNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public status by tracking number, no personal data / ติดตามสถานะคำขอ */
        get: operations["tracking_track"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/track/{trackingNumber}/history-proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Proof that an application’s history is the one anchored (public) / หลักฐานว่าประวัติคำขอตรงกับรากยืนยันที่เผยแพร่
         * @description The leaf (tracking number and chain head as the history gives it now) and its audit path to a published root. Check it with `verifyHistoryInclusion` (libs/licensing) or RFC 9162 §2.1.3.2, then compare `rootHash` with the signed anchor. No personal data.
         */
        get: operations["anchoring_proof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Public check of an uploaded licence PDF: signature, certificate and record / ตรวจสอบไฟล์ใบอนุญาต */
        post: operations["licences_verifyUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verify/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public check of a licence by its number (the QR code) / ตรวจสอบใบอนุญาต */
        get: operations["licences_verifyNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My office’s applications waiting for my role (the head of office: the whole office), oldest deadline first, a page at a time / งานรอดำเนินการ
         * @description Pages follow nextCursor (keyset on due date, creation, id: no item repeats or goes missing when applications arrive in between). counts ignores the tab filters (mine, unassigned, overdue, dueSoon) and the page.
         */
        get: operations["workQueue_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work-queue/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take several applications waiting for my role, all or none / รับเรื่องหลายรายการ */
        post: operations["workQueue_claimMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work-queue/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The head of office’s view of the office: workload per person, unassigned and overdue work, decisions on time / ภาพรวมสำนักงาน */
        get: operations["workQueue_dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work-queue/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand several applications to one staff member, all or none / มอบหมายงานหลายรายการ */
        post: operations["workQueue_reassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work-queue/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff of my office with how many open applications each holds (for the assign pickers) / เจ้าหน้าที่ของสำนักงาน */
        get: operations["workQueue_staff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work-queue/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My saved queue views, oldest first / มุมมองที่บันทึกไว้ */
        get: operations["workQueue_listViews"];
        put?: never;
        /** Save a queue filter under a name (at most 20 per person, names unique) / บันทึกมุมมอง */
        post: operations["workQueue_createView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work-queue/views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of my saved views (another person’s: 404) / ลบมุมมอง */
        delete: operations["workQueue_deleteView"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptHeldPaymentDto: {
            /**
             * @description Why the office accepts this money as the fee (kept in the timeline)
             * @example ผู้ยื่นคำขอยืนยันการชำระ ยอดตรงกับใบแจ้งหนี้ฉบับแก้ไข
             */
            reason: string;
        };
        ActingDirectorView: {
            name: components["schemas"]["LocalizedText"];
        };
        ActionHelpView: {
            description: string;
            /**
             * @description The effect recorded in the outbox
             * @example request-payment
             */
            effect: string;
            /** @example requestPayment */
            name: string;
            paramsSchema: {
                [key: string]: unknown;
            };
        };
        ActorView: {
            agencyId: string | null;
            /** @example user-somchai */
            id: string;
            roles: components["schemas"]["Role"][];
        };
        AddedRemovedView: {
            added: string[];
            removed: string[];
        };
        AdminBusinessTypeView: {
            /** @description The version the finder shows; null while none is published */
            currentVersion: number | null;
            /** @description The open draft, if any (one at a time) */
            draftVersion: number | null;
            licenceCount: number;
            /** @description As published, or as the first draft says while none is */
            name: components["schemas"]["LocalizedText"];
            /** @example restaurant */
            slug: string;
        };
        AdminLicenceTypeView: {
            /** @enum {string} */
            agencyLevel: "local" | "provincial" | "central";
            /** @description The version new applications start on; null while none is published */
            currentVersion: number | null;
            drafts: number;
            latestVersion: number;
            name: components["schemas"]["LocalizedText"];
            /** @example food-premises-permit */
            slug: string;
        };
        /** @enum {string} */
        AgencyLevel: "local" | "provincial" | "central";
        AgencyOfLicenceView: {
            /** @example local-administration */
            code?: string;
            /** @enum {string} */
            level: "local" | "provincial" | "central";
            name?: components["schemas"]["LocalizedText"];
        };
        AgencyRef: {
            /** @example bma-khlong-toei */
            id: string;
            name: components["schemas"]["LocalizedText"];
        };
        AnswerComplaintDto: {
            /** @description The holder’s answer, once; read by the office */
            text: string;
        };
        AnswerInformationItemDto: {
            /**
             * @description The answer, 1–2000 characters after trimming, with something visible; line breaks allowed (CRLF stored as LF), other control characters not
             * @example ร้านเปิดเวลา 07:00–21:00 น. ทุกวัน / Open 07:00–21:00 every day
             */
            text: string;
        };
        ApplicantDataView: {
            /** @description Her citizen record (DOPA): nationalId, name {th, en: {title, first, last}}, fullName, dateOfBirth, address (house-registration, with DOPA codes and `text`), source, fetchedAt */
            citizen: {
                [key: string]: unknown;
            };
            /** @description Each juristic person naming her as an authorised director (DBD): registrationNumber, name, type, typeName, status, statusName, mayApply, registeredOn, registeredCapitalSatang, authorisedDirectors, signingRule, headOffice, source, fetchedAt */
            companies: {
                [key: string]: unknown;
            }[];
        };
        ApplicantDto: {
            /**
             * @description For juristic: the 13-digit registration number (DBD)
             * @example 0105560012342
             */
            registrationNumber?: string;
            /**
             * @example juristic
             * @enum {string}
             */
            type: "person" | "juristic";
        };
        /** @enum {string} */
        ApplicationKind: "new" | "renew" | "amend" | "cancel";
        ApplicationLicenceTypeView: {
            name: components["schemas"]["LocalizedText"];
            /** @example food-premises-permit */
            slug: string;
            /**
             * @description The workflow version the application runs on
             * @example 1
             */
            workflowVersion: number;
        };
        ApplicationListView: {
            /** @description Newest first (creation time, then id) */
            items: components["schemas"]["ApplicationSummaryView"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
            /**
             * @description How many applications the list holds under the filter, counted up to 1000
             * @example 2
             */
            total: number;
            /** @description true when there are more than total (the count stopped at the cap) */
            totalCapped: boolean;
        };
        ApplicationPaymentsView: {
            invoices: components["schemas"]["InvoiceView"][];
            payments: components["schemas"]["PaymentView"][];
            receipts: components["schemas"]["ReceiptView"][];
        };
        ApplicationSatisfactionView: {
            /** @description Whether the caller may rate now: the applicant herself, finished, not rated yet */
            canRate: boolean;
            /** @description Whether the application is finished: submitted, then licence issued or completed, rejected or cancelled */
            finished: boolean;
            rating: components["schemas"]["SatisfactionRatingView"] | null;
        };
        /** @enum {string} */
        ApplicationStatus: "draft" | "submitted" | "checking" | "needs_documents" | "under_consideration" | "inspection" | "awaiting_payment" | "issuing" | "completed" | "rejected" | "cancelled" | "suspended" | "revoked" | "expired" | "superseded";
        ApplicationSummaryView: {
            /** @description The responsible office */
            agency: components["schemas"]["AgencyRef"] | null;
            applicant: components["schemas"]["PersonRefView"] | null;
            /** @description The staff member holding it in the work queue */
            assignedTo: components["schemas"]["PersonRefView"] | null;
            /**
             * @description Who the current state waits for; null when done
             * @enum {string|null}
             */
            awaiting: "applicant" | "officer" | "approver" | "signer" | "system" | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            dueAt: string | null;
            /**
             * Format: date-time
             * @description An estimate for the applicant; null for drafts and finished applications
             */
            expectedCompletionAt: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ApplicationKind"];
            licenceType: components["schemas"]["ApplicationLicenceTypeView"];
            /** @description Filed by an agent under a grant (the applicant above is the agent, the holder the principal); null otherwise */
            onBehalfOf: components["schemas"]["OnBehalfOfView"] | null;
            overdue: boolean;
            /** @example draft */
            state: string;
            stateLabel: components["schemas"]["LocalizedText"];
            status: components["schemas"]["ApplicationStatus"];
            statusLabel: components["schemas"]["LocalizedText"];
            /** Format: date-time */
            submittedAt: string | null;
            /** @example BP2569-2CXRRNT3 */
            trackingNumber: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example 1 */
            version: number;
        };
        ApplicationView: {
            /** @description The responsible office */
            agency: components["schemas"]["AgencyRef"] | null;
            applicant: components["schemas"]["PersonRefView"] | null;
            /** @description The staff member holding it in the work queue */
            assignedTo: components["schemas"]["PersonRefView"] | null;
            /** @description The events the caller may send now */
            availableEvents: components["schemas"]["AvailableEventView"][];
            /**
             * @description Who the current state waits for; null when done
             * @enum {string|null}
             */
            awaiting: "applicant" | "officer" | "approver" | "signer" | "system" | null;
            /** @example restaurant */
            business: string | null;
            /** Format: date-time */
            createdAt: string;
            delivery: components["schemas"]["DeliveryView"];
            /** Format: date-time */
            dueAt: string | null;
            /**
             * Format: date-time
             * @description An estimate for the applicant; null for drafts and finished applications
             */
            expectedCompletionAt: string | null;
            /** @description The form, as the licence type’s JSON Schema describes it */
            form: {
                [key: string]: unknown;
            };
            /** @description What still stops submission (draft or waiting for documents) */
            formProblems: components["schemas"]["FieldProblemView"][];
            holder: components["schemas"]["HolderView"];
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ApplicationKind"];
            licenceType: components["schemas"]["ApplicationLicenceTypeView"];
            /** @description Filed by an agent under a grant (the applicant above is the agent, the holder the principal); null otherwise */
            onBehalfOf: components["schemas"]["OnBehalfOfView"] | null;
            overdue: boolean;
            premises: components["schemas"]["PremisesView"] | null;
            previousLicenceNumber: string | null;
            /** @description The applicant’s consent to the privacy notice, given at submission; null for drafts and applications submitted before consent was recorded */
            privacyConsent: components["schemas"]["PrivacyConsentView"] | null;
            /** @example draft */
            state: string;
            stateLabel: components["schemas"]["LocalizedText"];
            status: components["schemas"]["ApplicationStatus"];
            statusLabel: components["schemas"]["LocalizedText"];
            /** Format: date-time */
            submittedAt: string | null;
            /** @example BP2569-2CXRRNT3 */
            trackingNumber: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Send it back as expectedVersion to refuse a stale change
             * @example 1
             */
            version: number;
        };
        AreaItemView: {
            /** @description Provinces: whether their districts and subdistricts are listed here */
            areasListed?: boolean;
            /**
             * @description DOPA code: 2 digits a province, 4 a district, 6 a subdistrict
             * @example 103301
             */
            code: string;
            /** @enum {string} */
            level: "province" | "district" | "subdistrict";
            /** @description Subdistricts: the local office serving it, or null */
            localOffice?: components["schemas"]["AgencyRef"] | null;
            name: components["schemas"]["LocalizedText"];
            /** @example 1033 */
            parentCode: string | null;
            /**
             * @description Subdistricts
             * @example [
             *       "10110"
             *     ]
             */
            postcodes?: string[];
        };
        AreasView: {
            items: components["schemas"]["AreaItemView"][];
            /** @description The area asked about; null for the provinces */
            parent: components["schemas"]["AreaItemView"] | null;
        };
        AssignApplicationDto: {
            /**
             * @description Id of a staff member of the same office who holds the role the application awaits
             * @example user-officer2-kt
             */
            userId: string;
        };
        AssignmentHistoryEntryView: {
            /**
             * @example claim
             * @enum {string}
             */
            action: "claim" | "release" | "assign" | "reassign" | "clear";
            /** @description Who made the change (`system:workflow` when a step cleared the holder) */
            actorId: string;
            /** Format: date-time */
            at: string;
            /** @description Who held it before */
            previousUserId: string | null;
            state: string;
            /** @description Who holds it after the change */
            userId: string | null;
        };
        AssignmentStateView: {
            /** Format: uuid */
            applicationId: string;
            /** Format: date-time */
            assignedAt: string | null;
            assignedTo: components["schemas"]["StaffMemberView"] | null;
            /**
             * @description Who the current state waits for; null when done
             * @enum {string|null}
             */
            awaiting: "applicant" | "officer" | "approver" | "signer" | "system" | null;
            /** @example submitted */
            state: string;
        };
        AuthenticatedUserDto: {
            /**
             * @description The office of staff; null for applicants
             * @example null
             */
            agencyId: string | null;
            /**
             * @description The Thai display name
             * @example นายสมชาย ใจดี
             */
            displayName: string;
            /** @example user-somchai */
            id: string;
            /**
             * @example [
             *       "applicant"
             *     ]
             */
            roles: components["schemas"]["Role"][];
            /** @example somchai */
            username: string;
        };
        AvailableEventView: {
            /** @description The fee this step raises whose amount the office sets within the range (data.feeAmountSatang with data.feeReason); null when it raises none */
            feeRange: components["schemas"]["FeeRangeView"] | null;
            label: components["schemas"]["LocalizedText"];
            /** @example SUBMIT */
            type: string;
        };
        BillApplicationRefView: {
            /** Format: uuid */
            id: string;
            /** @example BP2569-0ABC12XZ */
            trackingNumber: string;
        };
        BillCounterEntryDto: {
            /**
             * @description The amount paid, in satang
             * @example 1000
             */
            amountSatang: number;
            /**
             * @description The bank's 3-digit code (006 Krungthai, 014 SCB, 004 KBank, 002 Bangkok Bank…)
             * @example 006
             */
            bankCode: string;
            /**
             * @description The bank's reference of the payment in its web statement (unique at that bank)
             * @example FT2569120900123
             */
            bankReference: string;
            /**
             * @description When it was paid (ISO 8601 with its offset, e.g. Bangkok +07:00)
             * @example 2026-12-09T10:15:30+07:00
             */
            paidAt: string;
            /**
             * @description The payer’s name as the bank shows it
             * @example นายสมชาย ใจดี
             */
            payerName?: string;
            /**
             * @description Ref. 1 as the bank shows it
             * @example 256900000000000013
             */
            ref1: string;
            /**
             * @description Ref. 2 as the bank shows it
             * @example 02536359007
             */
            ref2: string;
        };
        BillerAccountView: {
            /** @example 9900000001 */
            accountNumber: string;
            /**
             * @description The bank whose statement names this account
             * @example 006
             */
            bankCode: string;
            /** @example 099400000012300 */
            billerId: string;
            suffix: string;
            taxId: string;
        };
        BillImportSummaryView: {
            alreadyImported: number;
            fileName: string | null;
            /** @description SHA-256 of the file (of the entry for a counter entry) */
            fileSha256: string;
            /**
             * Format: date-time
             * @description null if matching was cut short: import the file again to finish it
             */
            finishedAt: string | null;
            held: number;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            importedAt: string;
            importedBy: components["schemas"]["BillPersonView"];
            lineCount: number;
            settled: number;
            /** @enum {string} */
            source: "statement" | "counter";
            /**
             * @description The statement's effective date
             * @example 2026-12-09
             */
            statementDate: string | null;
            totalSatang: number;
            totalText: string;
        };
        BillImportsView: {
            /** @description Newest first, at most 100 */
            imports: components["schemas"]["BillImportSummaryView"][];
            /** @description Money held with references that match no fee of this office (at most 200) */
            unmatched: components["schemas"]["BillLineView"][];
        };
        BillImportView: {
            alreadyImported: number;
            fileName: string | null;
            /** @description SHA-256 of the file (of the entry for a counter entry) */
            fileSha256: string;
            /**
             * Format: date-time
             * @description null if matching was cut short: import the file again to finish it
             */
            finishedAt: string | null;
            held: number;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            importedAt: string;
            importedBy: components["schemas"]["BillPersonView"];
            lineCount: number;
            lines: components["schemas"]["BillLineView"][];
            settled: number;
            /** @enum {string} */
            source: "statement" | "counter";
            /**
             * @description The statement's effective date
             * @example 2026-12-09
             */
            statementDate: string | null;
            totalSatang: number;
            totalText: string;
        };
        BillLineView: {
            amountSatang: number;
            /** @example 10.00 บาท */
            amountText: string;
            /** @description The application of this office the references name */
            application: components["schemas"]["BillApplicationRefView"] | null;
            /** @example 006 */
            bankCode: string;
            /** @description bank/branch/teller/date (statement) or the bank reference entered */
            bankReference: string;
            /** @enum {string|null} */
            holdReason: "amount_mismatch" | "fee_already_paid" | "not_awaiting_payment" | "review" | "unknown_reference" | "other_office" | null;
            holdReasonText: components["schemas"]["LocalizedText"] | null;
            /** @description The line of the file (1 for a counter entry) */
            lineNumber: number;
            /**
             * @description What became of the payment (when it was first imported)
             * @enum {string}
             */
            outcome: "pending" | "settled" | "held";
            /** Format: date-time */
            paidAt: string;
            payerName: string | null;
            /** @description The payment row (settled, or held on the held-payments page) */
            paymentId: string | null;
            ref1: string;
            ref2: string;
            /**
             * @description What this import did with the line
             * @enum {string}
             */
            result: "settled" | "held" | "already_imported";
        };
        BillPersonView: {
            displayName: string;
            id: string;
        };
        BillSlipView: {
            /** @example 1000 */
            amountSatang: number;
            /** @example 10.00 บาท */
            amountText: string;
            /** @description The BOT cross-bank bill payment barcode string (Code 128 on the slip): |billerId CR ref1 CR ref2 CR satang */
            barcode: string;
            /** @description The office the money is paid to */
            biller: components["schemas"]["LocalizedText"];
            /**
             * @description Biller ID: tax ID (13) + suffix (2)
             * @example 099400000012300
             */
            billerId: string;
            /**
             * @description Pay by (Bangkok date; printed in the Buddhist era)
             * @example 2027-01-08
             */
            dueDate: string;
            /**
             * @description The online gateway’s smallest amount
             * @example 2000
             */
            onlineMinimumSatang: number;
            /** @description Whether the fee can also be paid online (PromptPay or card) */
            onlinePossible: boolean;
            /** @example /api/v1/applications/…/bill-payment/slip.pdf */
            pdf: string;
            /** @description The Thai QR Code Payment payload (EMVCo, tag 30 bill payment) */
            qrPayload: string;
            /**
             * @description Names the application (18 digits, Luhn check digit)
             * @example 256900000000000013
             */
            ref1: string;
            /**
             * @description Names the fee (11 digits, Luhn check digit)
             * @example 02536359007
             */
            ref2: string;
            /** @example 00 */
            suffix: string;
            /** @example 0994000000123 */
            taxId: string;
        };
        BundleApplicationView: {
            /** @description The responsible office */
            agency: components["schemas"]["AgencyRef"] | null;
            applicant: components["schemas"]["PersonRefView"] | null;
            /** @description The staff member holding it in the work queue */
            assignedTo: components["schemas"]["PersonRefView"] | null;
            /**
             * @description Who the current state waits for; null when done
             * @enum {string|null}
             */
            awaiting: "applicant" | "officer" | "approver" | "signer" | "system" | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            dueAt: string | null;
            /**
             * Format: date-time
             * @description An estimate for the applicant; null for drafts and finished applications
             */
            expectedCompletionAt: string | null;
            /** @description The licence’s published fees */
            fees: components["schemas"]["BundleFeeView"][];
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ApplicationKind"];
            licenceType: components["schemas"]["ApplicationLicenceTypeView"];
            /** @description Filed by an agent under a grant (the applicant above is the agent, the holder the principal); null otherwise */
            onBehalfOf: components["schemas"]["OnBehalfOfView"] | null;
            overdue: boolean;
            /** @example draft */
            state: string;
            stateLabel: components["schemas"]["LocalizedText"];
            status: components["schemas"]["ApplicationStatus"];
            statusLabel: components["schemas"]["LocalizedText"];
            /** Format: date-time */
            submittedAt: string | null;
            /** @example BP2569-2CXRRNT3 */
            trackingNumber: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example 1 */
            version: number;
        };
        BundleBusinessView: {
            name: components["schemas"]["LocalizedText"];
            /** @example restaurant */
            slug: string;
        };
        BundleFeeView: {
            /**
             * @description The published amount in satang (the lowest, where the fee depends on the case); the invoice raised when it falls due says what is paid
             * @example 200000
             */
            amountSatang: number;
            /** @example licence */
            code: string;
            label: components["schemas"]["LocalizedText"];
        };
        BundleHolderView: {
            name: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            type: "person" | "juristic";
        };
        BundlePaymentLineView: {
            /** @description The office the fee is paid to, which numbers its receipt */
            agency: components["schemas"]["AgencyRef"] | null;
            /** @example 200000 */
            amountSatang: number;
            /** @example 2,000.00 บาท */
            amountText: string;
            /** Format: uuid */
            applicationId: string;
            /**
             * @description slug and name {th, en}
             * @example {
             *       "name": {
             *         "en": "Food premises permit",
             *         "th": "ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร"
             *       },
             *       "slug": "food-premises-permit"
             *     }
             */
            licenceType: Record<string, never>;
            /**
             * Format: uuid
             * @description This fee’s own payment row (GET /applications/{id}/payments lists it)
             */
            paymentId: string;
            status: components["schemas"]["PaymentStatus"];
            /** @example BP2569-2CXRRNT3 */
            trackingNumber: string;
        };
        BundlePaymentView: {
            /**
             * @description The fees’ total in satang: the one charge
             * @example 225000
             */
            amountSatang: number;
            /** @example 2,250.00 บาท */
            amountText: string;
            /** Format: date-time */
            expiresAt: string | null;
            /**
             * @description The shared charge’s key (in its metadata as sharedChargeKey)
             * @example bundle:7d1f6a52-0c3e-4f7a-9d2b-5e8c1a4b3f60:3f2a9c1b0d4e5f60:1
             */
            key: string;
            /** @description One line per fee, each paid to its own office with its own receipt */
            lines: components["schemas"]["BundlePaymentLineView"][];
            /** @enum {string} */
            method: "promptpay";
            qr: components["schemas"]["PaymentQrView"] | null;
            /** @description Of the charge as the first fee’s row records it */
            status: components["schemas"]["PaymentStatus"];
        };
        BundlePrivacyConsentDto: {
            /** @example true */
            agreed: boolean;
            /**
             * @description The current privacy notice’s version (GET /policies)
             * @example 1
             */
            noticeVersion: string;
        };
        BundleView: {
            /** @description One application per licence, each with its own workflow, office and timeline */
            applications: components["schemas"]["BundleApplicationView"][];
            business: components["schemas"]["BundleBusinessView"];
            /** Format: date-time */
            createdAt: string;
            /** @description How many of its applications are still drafts (POST /bundles/{id}/submit submits them together) */
            drafts: number;
            holder: components["schemas"]["BundleHolderView"];
            /** Format: uuid */
            id: string;
            premises: components["schemas"]["PremisesView"];
            /** @example BN2569-7KQ2M9XD */
            referenceNumber: string;
        };
        BusinessLicenceView: {
            availableOnline: boolean;
            /** @description Null when the licence cannot be applied for here */
            name: components["schemas"]["LocalizedText"] | null;
            /** @example food-premises-permit */
            slug: string;
        };
        BusinessProblemView: {
            /**
             * @description The field, as a dotted path into the content
             * @example quiz.rules.liquor-sale-licence.conditions.0.question
             */
            field: string;
            /** @example the rule for 'liquor-sale-licence' names question 'q9', which does not exist */
            problem: string;
        };
        BusinessRefView: {
            name: components["schemas"]["LocalizedText"];
            /** @example restaurant */
            slug: string;
        };
        BusinessSummaryView: {
            /** @description What such a business does, when officials wrote it */
            description: components["schemas"]["LocalizedText"] | null;
            /** @example 11 */
            licenceCount: number;
            name: components["schemas"]["LocalizedText"];
            /** @example restaurant */
            slug: string;
        };
        BusinessTypeContentView: {
            /**
             * @description Seeded types only: the Biz Portal group (not edited here)
             * @example RESTAURANT
             */
            bizPortalGroup?: string;
            description: components["schemas"]["LocalizedText"] | null;
            /**
             * @description Slugs of the licence types such a business may need; a licence without a quiz rule applies to every such business
             * @example [
             *       "food-premises-permit"
             *     ]
             */
            licences: string[];
            name: components["schemas"]["LocalizedText"];
            /** @description Seeded types only: the research catalogue notes */
            notes?: string;
            quiz: components["schemas"]["QuizView"];
            /** @description Seeded types only: the research catalogue sources */
            sources?: string[];
        };
        BusinessTypeDiffView: {
            /** @description Null when unchanged */
            description: components["schemas"]["LocalizedChangeView"] | null;
            from: number;
            /** @description Whether the two versions have the same content */
            identical: boolean;
            /** @description Licence slugs */
            licences: components["schemas"]["AddedRemovedView"];
            /** @description Null when unchanged */
            name: components["schemas"]["LocalizedChangeView"] | null;
            /** @description Question ids */
            questions: components["schemas"]["QuestionChangesView"];
            /** @description Rules by licence slug */
            rules: components["schemas"]["RuleChangesView"];
            slug: string;
            to: number;
        };
        BusinessValidationView: {
            problems: components["schemas"]["BusinessProblemView"][];
            /** @description The revision validated */
            revision: number;
            slug: string;
            valid: boolean;
            version: number;
        };
        /** @enum {string} */
        BusinessVersionStatus: "draft" | "current" | "superseded";
        BusinessVersionSummaryView: {
            /** @description SHA-256 of the canonical content */
            checksum: string;
            /** Format: date-time */
            createdAt: string;
            /** @example admin */
            createdBy: string;
            /** Format: date-time */
            publishedAt: string | null;
            publishedBy: string | null;
            /**
             * @description Counts the saved edits of a draft; send it back when editing or publishing
             * @example 1
             */
            revision: number;
            /** @example restaurant */
            slug: string;
            status: components["schemas"]["BusinessVersionStatus"];
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** @example 1 */
            version: number;
        };
        BusinessVersionView: {
            /** @description SHA-256 of the canonical content */
            checksum: string;
            content: components["schemas"]["BusinessTypeContentView"];
            /** Format: date-time */
            createdAt: string;
            /** @example admin */
            createdBy: string;
            /** Format: date-time */
            publishedAt: string | null;
            publishedBy: string | null;
            /**
             * @description Counts the saved edits of a draft; send it back when editing or publishing
             * @example 1
             */
            revision: number;
            /** @example restaurant */
            slug: string;
            status: components["schemas"]["BusinessVersionStatus"];
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** @example 1 */
            version: number;
        };
        BusinessView: {
            /** @example RESTAURANT */
            bizPortalGroup?: string;
            description: components["schemas"]["LocalizedText"] | null;
            licences: components["schemas"]["BusinessLicenceView"][];
            name: components["schemas"]["LocalizedText"];
            notes?: string;
            /** @description The Smart Quiz, when the business has one */
            quiz?: components["schemas"]["QuizView"];
            /** @example restaurant */
            slug: string;
            sources?: string[];
            /**
             * @description The published version of the business type shown
             * @example 1
             */
            version: number;
        };
        CardTokenDto: {
            /**
             * @description A token from the gateway vault (Omise.js with the public key)
             * @example tokn_test_5x…
             */
            token: string;
        };
        CatalogueAgencyView: {
            /**
             * @description What a definition names as `agency.code`
             * @example dbd
             */
            code: string;
            level: components["schemas"]["AgencyLevel"];
            name: components["schemas"]["LocalizedText"];
        };
        ChangedQuestionView: {
            /**
             * @description text, multiple, options, position
             * @example [
             *       "text",
             *       "options"
             *     ]
             */
            changes: string[];
            /** @example q2 */
            id: string;
        };
        ChangeListView: {
            added: unknown[];
            changed: unknown[];
            removed: unknown[];
        };
        ChannelFigureView: {
            /** @enum {string} */
            method: "promptpay" | "card" | "counter" | "billpay";
            /** @description Successful fee payments by this channel (null: suppressed) */
            payments: number | null;
            /** @description Share of the period’s successful payments, 0–1 (null: suppressed or no payment) */
            share: number | null;
        };
        CkanExtraView: {
            key: string;
            value: string;
        };
        CkanOrganizationView: {
            name: string;
            title: string;
        };
        CkanPackageShowView: {
            help: string;
            result: components["schemas"]["CkanPackageView"];
            success: boolean;
        };
        CkanPackageView: {
            extras: components["schemas"]["CkanExtraView"][];
            id: string;
            /** @example CC-BY-4.0 */
            license_id: string;
            license_title: string;
            license_url: string;
            metadata_modified: string;
            name: string;
            notes: string;
            num_resources: number;
            organization: components["schemas"]["CkanOrganizationView"];
            private: boolean;
            resources: components["schemas"]["CkanResourceView"][];
            state: string;
            tags: components["schemas"]["CkanTagView"][];
            title: string;
            type: string;
            url: string;
        };
        CkanResourceView: {
            description: string;
            /** @example CSV */
            format: string;
            id: string;
            /** @description ISO 8601 without zone (UTC), as CKAN writes it */
            last_modified: string;
            /** @example text/csv */
            mimetype: string;
            name: string;
            package_id: string;
            /** @description Bytes */
            size: number | null;
            url: string;
        };
        CkanTagView: {
            name: string;
        };
        ClaimManyDto: {
            /** @description Applications to take, all or none (at most 100) */
            applicationIds: string[];
        };
        ComplaintCountView: {
            count: number;
            key: string;
            label: components["schemas"]["ComplaintTextView"];
        };
        ComplaintEventView: {
            /** @description Who, for the office and auditors; null for others */
            actorName: components["schemas"]["ComplaintTextView"] | null;
            /** Format: date-time */
            at: string;
            /**
             * Format: date
             * @description INSPECTED: the day of the inspection
             */
            inspectedOn: string | null;
            label: components["schemas"]["ComplaintTextView"];
            note: string | null;
            /**
             * @description CLOSED: the outcome
             * @enum {string|null}
             */
            outcome: "no_action" | "warning" | "suspension" | "revocation" | null;
            /** @enum {string} */
            side: "complainant" | "office" | "holder";
            /** @enum {string} */
            status: "received" | "dismissed" | "accepted" | "inspected" | "closed";
            /** @enum {string} */
            type: "FILED" | "ACCEPTED" | "DISMISSED" | "INSPECTED" | "CLOSED" | "HOLDER_RESPONDED";
        };
        ComplaintLicenceListView: {
            items: components["schemas"]["ComplaintLicenceView"][];
        };
        ComplaintLicenceTypeView: {
            name: components["schemas"]["ComplaintTextView"];
            slug: string;
        };
        ComplaintLicenceView: {
            /** @description The premises address */
            address: string;
            /** @description The holder’s name, masked as on verification */
            holderMaskedName: string;
            issuer: components["schemas"]["ComplaintNamedView"];
            licenceType: components["schemas"]["ComplaintLicenceTypeView"];
            number: string;
            /** @enum {string} */
            status: "valid" | "suspended";
            statusLabel: components["schemas"]["ComplaintTextView"];
        };
        ComplaintListView: {
            /** @description Newest first, at most 200 */
            items: components["schemas"]["ComplaintSummaryView"][];
        };
        ComplaintNamedView: {
            id: string;
            name: components["schemas"]["ComplaintTextView"] | null;
        };
        ComplaintOfficeCountsView: {
            byOutcome: components["schemas"]["ComplaintCountView"][];
            byStatus: components["schemas"]["ComplaintCountView"][];
            office: components["schemas"]["ComplaintNamedView"];
            received: number;
        };
        ComplaintPeriodView: {
            /** @example 2026-01 */
            from: string;
            /** @example 2026-12 */
            to: string;
        };
        ComplaintPhotoView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            mediaType: "image/jpeg" | "image/png";
            /** @description SHA-256 of the bytes, hex */
            sha256: string;
            sizeBytes: number;
        };
        ComplaintStatisticsView: {
            /** @description Outcomes of the closed ones, every outcome */
            byOutcome: components["schemas"]["ComplaintCountView"][];
            /** @description Where they stand now, every status */
            byStatus: components["schemas"]["ComplaintCountView"][];
            /** Format: date-time */
            generatedAt: string;
            /** @description Offices with complaints in the period */
            offices: components["schemas"]["ComplaintOfficeCountsView"][];
            period: components["schemas"]["ComplaintPeriodView"];
            /** @description Complaints made in the period */
            received: number;
        };
        ComplaintStepView: {
            /** Format: date-time */
            at: string;
            label: components["schemas"]["ComplaintTextView"];
            /** @enum {string} */
            status: "received" | "dismissed" | "accepted" | "inspected" | "closed";
        };
        ComplaintSummaryView: {
            /** @enum {string} */
            category: "hygiene" | "noise" | "safety" | "unlicensed-activity" | "nuisance" | "other";
            categoryLabel: components["schemas"]["ComplaintTextView"];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            licenceNumber: string;
            licenceType: components["schemas"]["ComplaintLicenceTypeView"];
            /** @enum {string|null} */
            outcome: "no_action" | "warning" | "suspension" | "revocation" | null;
            outcomeLabel: components["schemas"]["ComplaintTextView"] | null;
            reference: string;
            /** @enum {string} */
            side: "complainant" | "office" | "holder";
            /** @enum {string} */
            status: "received" | "dismissed" | "accepted" | "inspected" | "closed";
            statusLabel: components["schemas"]["ComplaintTextView"];
            /** Format: date-time */
            updatedAt: string;
        };
        ComplaintTextView: {
            en: string;
            th: string;
        };
        ComplaintView: {
            anonymousToHolder: boolean;
            availableActions: ("accept" | "dismiss" | "record-inspection" | "no_action" | "warning" | "suspension" | "revocation" | "respond")[];
            /** @enum {string} */
            category: "hygiene" | "noise" | "safety" | "unlicensed-activity" | "nuisance" | "other";
            categoryLabel: components["schemas"]["ComplaintTextView"];
            /** @description Null for the holder when the complainant chose to stay anonymous to her */
            complainant: components["schemas"]["ComplaintNamedView"] | null;
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** @description Oldest first */
            events: components["schemas"]["ComplaintEventView"][];
            /** Format: date-time */
            holderRespondedAt: string | null;
            /** @description The holder’s answer: for the office, the holder and auditors (null for the complainant) */
            holderResponse: string | null;
            /** Format: uuid */
            id: string;
            /** @description The licence number */
            licenceNumber: string;
            licenceType: components["schemas"]["ComplaintLicenceTypeView"];
            office: components["schemas"]["ComplaintNamedView"];
            /** @enum {string|null} */
            outcome: "no_action" | "warning" | "suspension" | "revocation" | null;
            outcomeLabel: components["schemas"]["ComplaintTextView"] | null;
            /** @description For the office, auditors and the complainant (never the holder: a photo’s metadata may place the complainant) */
            photos: components["schemas"]["ComplaintPhotoView"][];
            /** @example RC-2569-7K3M9Q2P */
            reference: string;
            /** @enum {string} */
            status: "received" | "dismissed" | "accepted" | "inspected" | "closed";
            statusLabel: components["schemas"]["ComplaintTextView"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
            /**
             * @description How the caller sees it
             * @enum {string}
             */
            viewerSide: "complainant" | "office" | "holder" | "auditor";
            /** Format: date */
            warningDeadline: string | null;
        };
        CompletionCellView: {
            /** @description Of those, never submitted: cancelled as drafts, or drafts unchanged for 30 days or more */
            abandoned: number | null;
            /** @description Of those, submitted and now finished (licence issued or completed, rejected, cancelled after submission) */
            completed: number | null;
            /** @description The rest: submitted and still running, or drafts changed within 30 days */
            inProgress: number | null;
            /**
             * @description completed / started (GOV.UK’s completion rate), four decimals; null when suppressed or none started
             * @example 0.6667
             */
            rate: number | null;
            /** @description Applications started (created) in the month; null when 1–4 (suppressed) */
            started: number | null;
            /** @description True when 1–4 applications were started: the figures are withheld */
            suppressed: boolean;
        };
        CounterPaymentDto: {
            /**
             * @description The amount received, in satang; must equal the fee due
             * @example 200000
             */
            amountSatang: number;
            /**
             * @description The office's own receipt number for the cash it took
             * @example KT-2570-00042
             */
            receiptNumber: string;
        };
        CreateApplicationDto: {
            /** @description Who applies: {type: "person"} (default: the signed-in citizen) or {type: "juristic", registrationNumber} for a juristic person she is an authorised director of. Identity and address come from government data exchange, never from uploaded copies. */
            applicant?: components["schemas"]["ApplicantDto"];
            /** @example restaurant */
            business?: string;
            /**
             * @description The applicant confirms the data pre-filled from government records (GET /me/applicant-data)
             * @example true
             */
            confirmApplicantData?: boolean;
            /**
             * @description The licence's form (see GET /licence-types/:slug); may be partial while a draft
             * @example {
             *       "businessName": "ครัวคุณแม่"
             *     }
             */
            form?: Record<string, never>;
            /**
             * @description new, renew, amend or cancel, where the licence type offers it
             * @default new
             * @enum {string}
             */
            kind: "new" | "renew" | "amend" | "cancel";
            /** @example food-premises-permit */
            licenceType: string;
            /** @description Filing as an agent: the grant under which she files. The application is then for the grant’s principal (a person or a company), and she is recorded as its agent; leave `applicant` out. */
            onBehalfOf?: components["schemas"]["OnBehalfOfDto"];
            /** @description Required unless previousLicenceNumber names a licence whose premises are taken over */
            premises: components["schemas"]["PremisesDto"];
            /**
             * @description For renew, amend or cancel: the licence concerned, when this system issued it. Its premises and form are copied in; what you send overrides them.
             * @example BMA-KHLONG-TOEI/2569/000123
             */
            previousLicenceNumber?: string;
        };
        CreateBundleDto: {
            /** @description Who applies, as for POST /applications: herself (default) or a juristic person she directs */
            applicant?: components["schemas"]["ApplicantDto"];
            /**
             * @description The business type whose Smart Quiz listed the licences
             * @example restaurant
             */
            business: string;
            /**
             * @description The applicant confirms the data pre-filled from government records, for every licence of the bundle
             * @example true
             */
            confirmApplicantData?: boolean;
            /**
             * @description Form fields shared by the licences (businessName, contactPhone, …): each licence whose form declares a field and accepts the value takes it; the rest of each form is filled on its own
             * @example {
             *       "businessName": "ครัวคุณแม่",
             *       "contactPhone": "0812345678"
             *     }
             */
            form?: Record<string, never>;
            /**
             * @description The licences to apply for together, each once, each one the business lists and one that can be applied for here (new) at these premises
             * @example [
             *       "food-premises-permit",
             *       "signboard-tax",
             *       "commercial-registration"
             *     ]
             */
            licenceTypes: string[];
            /** @description The premises, shared by every licence of the bundle */
            premises: components["schemas"]["PremisesDto"];
        };
        CreateBusinessTypeDto: {
            /**
             * @description Names and description in Thai and English, the licences every such business may need, and the Smart Quiz (questions with options, and rules by licence slug)
             * @example {
             *       "description": {
             *         "en": "A shop that bakes and sells pastries",
             *         "th": "ร้านทำและขายขนมอบ"
             *       },
             *       "licences": [
             *         "food-premises-permit",
             *         "liquor-sale-licence"
             *       ],
             *       "name": {
             *         "en": "Bakery",
             *         "th": "ร้านเบเกอรี่"
             *       },
             *       "quiz": {
             *         "questions": [
             *           {
             *             "id": "q1",
             *             "multiple": false,
             *             "options": [
             *               {
             *                 "id": "q1-a",
             *                 "text": {
             *                   "en": "Yes",
             *                   "th": "ใช่"
             *                 }
             *               },
             *               {
             *                 "id": "q1-b",
             *                 "text": {
             *                   "en": "No",
             *                   "th": "ไม่ใช่"
             *                 }
             *               }
             *             ],
             *             "text": {
             *               "en": "Do you sell alcohol?",
             *               "th": "ขายเครื่องดื่มแอลกอฮอล์หรือไม่"
             *             }
             *           }
             *         ],
             *         "rules": {
             *           "liquor-sale-licence": {
             *             "conditions": [
             *               {
             *                 "answers": [
             *                   "q1-a"
             *                 ],
             *                 "question": "q1"
             *               }
             *             ],
             *             "mode": "all"
             *           }
             *         }
             *       }
             *     }
             */
            content: components["schemas"]["BusinessTypeContentView"];
            /**
             * @description Lower-case letters, digits and single hyphens, at most 80 characters; cannot change later
             * @example bakery
             */
            slug: string;
        };
        CreateGrantDto: {
            /**
             * @description The agent’s 13-digit national ID; the civil registry gives her name
             * @example 1101400567898
             */
            agentNationalId: string;
            /**
             * @description It covers every licence type (then name none)
             * @example false
             */
            allLicenceTypes?: boolean;
            /**
             * @description Slugs of the licence types it covers; leave out with allLicenceTypes
             * @example [
             *       "food-premises-permit"
             *     ]
             */
            licenceTypes?: string[];
            /** @description Who grants: herself (`{"type": "person"}`, the default) or a company she directs */
            principal?: components["schemas"]["GrantPrincipalDto"];
            /**
             * @description The last day it runs (Bangkok, inclusive), YYYY-MM-DD: today at the earliest, one year ahead at the latest
             * @example 2027-06-30
             */
            validUntil: string;
        };
        CreateHolidayDto: {
            /**
             * @description The date (Bangkok), YYYY-MM-DD
             * @example 2026-12-11
             */
            date: string;
            name: components["schemas"]["HolidayNameDto"];
            /**
             * @description cabinet for a special holiday the cabinet declared
             * @default agency-added
             * @enum {string}
             */
            source: "cabinet" | "agency-added";
        };
        CreateOfficeDto: {
            /**
             * @description Lower-case letters, digits and hyphens, 2–64 characters; kept for good
             * @example chiang-mai-city
             */
            id: string;
            /**
             * @example city_municipality
             * @enum {string}
             */
            kind: "bma_district_office" | "city_municipality" | "town_municipality" | "subdistrict_municipality" | "sao" | "pattaya_city";
            name: components["schemas"]["OfficeNameDto"];
            /**
             * @description DOPA province code (2 digits)
             * @example 50
             */
            provinceCode: string;
        };
        CreateWorkQueueViewDto: {
            /** @description The queue filter the view applies (no cursor or limit) */
            filter: components["schemas"]["WorkQueueFilterDto"];
            /**
             * @description 1 to 60 visible characters, unique among my views
             * @example เกินกำหนด คลองเตย
             */
            name: string;
        };
        CsrfTokenDto: {
            /** @example X-CSRF-Token */
            headerName: string;
            /** @description Send it as the X-CSRF-Token header on every POST, PUT, PATCH and DELETE made with the session cookie */
            token: string;
        };
        CsvFormatView: {
            delimiter: string;
            encoding: string;
            header: boolean;
            lineEnd: string;
            quoting: string;
        };
        DashboardOnTimeView: {
            /** @description Applications of the office first reaching status completed or rejected in the window */
            completed: number;
            /**
             * @description The window: decided in the last this many days
             * @example 30
             */
            days: number;
            /** @description withinTime / completed, 0 to 1; null when nothing was completed */
            share: number | null;
            /** @description Of those, every office step (awaiting officer or approver) left no later than its due date */
            withinTime: number;
        };
        DashboardOverdueItemView: {
            assignedTo: components["schemas"]["StaffMemberView"] | null;
            /** Format: date-time */
            dueAt: string;
            /** Format: uuid */
            id: string;
            licenceType: components["schemas"]["QueueLicenceTypeView"];
            trackingNumber: string;
        };
        DashboardOverdueView: {
            /** @description Open applications of the office waiting for staff, past their due date */
            count: number;
            /** @description Up to 10, the longest overdue first */
            oldest: components["schemas"]["DashboardOverdueItemView"][];
        };
        DashboardStaffView: {
            /** @description Of those, due soon */
            dueSoon: number;
            /** @description Open applications held */
            held: number;
            /** @description Of those, past their due date */
            overdue: number;
            /**
             * @example [
             *       "officer"
             *     ]
             */
            roles: string[];
            user: components["schemas"]["StaffMemberView"];
        };
        DashboardUnassignedView: {
            count: number;
            /** @description Of those, past their due date */
            overdue: number;
        };
        DecideComplaintDto: {
            /**
             * Format: date
             * @description warning: the date by which the holder must put it right (required, future, ≤ 180 days)
             */
            deadline?: string;
            expectedVersion?: number;
            /** @description The reason, shown to the holder and the complainant, and the licence step’s comment */
            note: string;
            /**
             * @description suspension and revocation: an approver of the issuing office; they go through the licence’s workflow (SUSPEND, REVOKE)
             * @enum {string}
             */
            outcome: "no_action" | "warning" | "suspension" | "revocation";
            /**
             * Format: date
             * @description suspension: until when (the SUSPEND step’s data.until); optional
             */
            suspendedUntil?: string;
        };
        DefinitionProblemView: {
            /** @example food-premises-permit@2 */
            file: string;
            problem: string;
            /** @example inspection */
            state?: string;
        };
        DeliveryView: {
            /** @description For delivery by post */
            address?: string | null;
            /**
             * @example e-licence
             * @enum {string}
             */
            method: "e-licence" | "pickup" | "post";
        };
        DevLoginDto: {
            /**
             * @description true: a browser signs in. The session is set as an httpOnly cookie (SameSite=Lax) and the answer has no accessToken; then GET /api/v1/auth/csrf for the token its writes must send as X-CSRF-Token
             * @default false
             */
            cookie: boolean;
            /**
             * @description Or the national ID of a demo citizen
             * @example 1101700230708
             */
            nationalId?: string;
            /**
             * @description A demo username from GET /api/v1/auth/dev-users
             * @example somchai
             */
            username?: string;
        };
        DevUserDto: {
            /** @description The office of staff; null for applicants */
            agency: components["schemas"]["AgencyRef"] | null;
            displayName: components["schemas"]["LocalizedText"];
            /**
             * @example [
             *       "applicant"
             *     ]
             */
            roles: components["schemas"]["Role"][];
            /**
             * @description What POST /api/v1/auth/dev-login takes
             * @example somchai
             */
            username: string;
        };
        DictionaryColumnView: {
            description: components["schemas"]["LocalizedNameView"];
            /** @example median_processing_days */
            name: string;
            title: components["schemas"]["LocalizedNameView"];
            /** @enum {string} */
            type: "string" | "integer" | "number";
            /** @example working days */
            unit: string | null;
        };
        DictionarySuppressionView: {
            rule: components["schemas"]["LocalizedNameView"];
            /** @example false */
            secondarySuppression: boolean;
            /** @example 5 */
            threshold: number;
        };
        DocumentDto: {
            /** @example site-plan */
            code: string;
            /**
             * @description Detected from the content, not from the name or the declared type
             * @enum {string}
             */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            /**
             * @description The applicant's file name
             * @example site-plan.pdf
             */
            filename: string;
            /** Format: uuid */
            id: string;
            label: components["schemas"]["LocalizedText"];
            /** @description Whether the licence type requires this document before submission */
            required: boolean;
            /**
             * @description SHA-256 of the content, hex
             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            sha256: string;
            /** @example 183422 */
            sizeBytes: number;
            /**
             * Format: date-time
             * @description When a later upload of the same code replaced it
             */
            supersededAt?: string | null;
            /**
             * Format: uuid
             * @description The document that replaced it
             */
            supersededBy?: string | null;
            /** Format: date-time */
            uploadedAt: string;
            /** @description Account id of who uploaded it */
            uploadedBy: string;
        };
        DocumentListDto: {
            /** Format: uuid */
            applicationId: string;
            /** @description Whether the caller may upload now (the applicant, while a draft or asked for more information) */
            canUpload: boolean;
            /** @description Every required document has a current upload (the documentsComplete guard of SUBMIT and RESUBMIT) */
            complete: boolean;
            /** @description The current document of each code uploaded */
            documents: components["schemas"]["DocumentDto"][];
            /** @description Required documents not uploaded yet */
            missing: components["schemas"]["MissingDocumentDto"][];
            /** @description The licence type's documents */
            requirements: components["schemas"]["DocumentRequirementDto"][];
            /** @description Documents replaced by a later upload, kept as history */
            superseded: components["schemas"]["DocumentDto"][];
        };
        DocumentRequirementDto: {
            /** @example site-plan */
            code: string;
            label: components["schemas"]["LocalizedText"];
            required: boolean;
        };
        DocumentRequirementView: {
            /** @example site-plan */
            code: string;
            label: components["schemas"]["LocalizedText"];
            required: boolean;
        };
        DraftBusinessVersionDto: {
            /**
             * @description The published version to copy; the current one when left out
             * @example 1
             */
            from?: number;
        };
        DraftPreviewView: {
            /** @description Problems by state */
            byState: {
                [key: string]: string[];
            };
            /** @description The definition as it would run (template expanded); null when the template could not be expanded */
            definition: {
                [key: string]: unknown;
            } | null;
            /** @description Problems of no one state */
            general: string[];
            graph: components["schemas"]["WorkflowGraphView"];
            problems: components["schemas"]["DefinitionProblemView"][];
            /** @description Whether storing this draft would be accepted */
            valid: boolean;
        };
        DraftVersionView: {
            checksum: string;
            /** @description Always empty: an invalid definition is refused with 422 */
            problems: components["schemas"]["DefinitionProblemView"][];
            slug: string;
            status: components["schemas"]["WorkflowVersionStatus"];
            version: number;
        };
        EditBusinessVersionDto: {
            /**
             * @description Names and description in Thai and English, the licences every such business may need, and the Smart Quiz (questions with options, and rules by licence slug)
             * @example {
             *       "description": {
             *         "en": "A shop that bakes and sells pastries",
             *         "th": "ร้านทำและขายขนมอบ"
             *       },
             *       "licences": [
             *         "food-premises-permit",
             *         "liquor-sale-licence"
             *       ],
             *       "name": {
             *         "en": "Bakery",
             *         "th": "ร้านเบเกอรี่"
             *       },
             *       "quiz": {
             *         "questions": [
             *           {
             *             "id": "q1",
             *             "multiple": false,
             *             "options": [
             *               {
             *                 "id": "q1-a",
             *                 "text": {
             *                   "en": "Yes",
             *                   "th": "ใช่"
             *                 }
             *               },
             *               {
             *                 "id": "q1-b",
             *                 "text": {
             *                   "en": "No",
             *                   "th": "ไม่ใช่"
             *                 }
             *               }
             *             ],
             *             "text": {
             *               "en": "Do you sell alcohol?",
             *               "th": "ขายเครื่องดื่มแอลกอฮอล์หรือไม่"
             *             }
             *           }
             *         ],
             *         "rules": {
             *           "liquor-sale-licence": {
             *             "conditions": [
             *               {
             *                 "answers": [
             *                   "q1-a"
             *                 ],
             *                 "question": "q1"
             *               }
             *             ],
             *             "mode": "all"
             *           }
             *         }
             *       }
             *     }
             */
            content: components["schemas"]["BusinessTypeContentView"];
            /**
             * @description The revision of the draft this edit starts from (from GET …/versions/:version); another is 409 BUSINESS_DRAFT_CHANGED
             * @example 1
             */
            revision: number;
        };
        EditorVocabularyView: {
            actions: components["schemas"]["ActionHelpView"][];
            /** @description Who may be expected to act in a state (meta.actor) */
            actors: string[];
            /** @description The agencies a definition may name (workflows/agencies.json); local licences go to the office serving the premises */
            agencies: components["schemas"]["CatalogueAgencyView"][];
            events: components["schemas"]["EventHelpView"][];
            guards: components["schemas"]["GuardHelpView"][];
            /** @description Roles a guard may name */
            roles: string[];
            statuses: components["schemas"]["StatusHelpView"][];
            templates: components["schemas"]["TemplateHelpView"][];
        };
        EmailPreferenceDto: {
            /** Format: email */
            address: string | null;
            enabled: boolean;
        };
        EmailPreferenceView: {
            /** Format: email */
            address: string | null;
            enabled: boolean;
        };
        ErrorBody: {
            /**
             * @description Stable UPPER_SNAKE_CASE code from an error catalogue
             * @example APPLICATION_NOT_FOUND
             */
            code: string;
            /** @description Field problems `[{field, problem}]` or facts about the refusal */
            details?: Record<string, never>[] | Record<string, never>;
            /** @example Not Found */
            error: string;
            /**
             * @description Thai / English
             * @example ไม่พบคำขอ / No application …
             */
            message: string;
            /** @example 404 */
            statusCode: number;
        };
        EventHelpView: {
            /** @description The event must carry a visible comment */
            commentRequired: boolean;
            /** @description JSON Schema of the event’s data; null when it carries none */
            dataSchema: {
                [key: string]: unknown;
            } | null;
            label: components["schemas"]["LocalizedText"];
            /** @example RECORD_INSPECTION */
            type: string;
        };
        FeeRangeView: {
            /** @example licence */
            code: string;
            label: components["schemas"]["LocalizedText"];
            /** @example 300000 */
            maxSatang: number;
            /** @example 200000 */
            minSatang: number;
        };
        FeeSummaryView: {
            /**
             * @description Satang; null when the catalogue states none
             * @example 200000
             */
            amountSatang: number | null;
            /** @example licence */
            code: string;
            /** @enum {string} */
            due: "at-submission" | "after-approval";
            /**
             * @description Upper end of a range, satang
             * @example 300000
             */
            maxAmountSatang: number | null;
        };
        FeeTextView: {
            en: string;
            th: string;
        };
        FeeView: {
            /**
             * @description Satang
             * @example 200000
             */
            amountSatang: number | null;
            /** @example licence */
            code: string;
            /** @enum {string} */
            due: "at-submission" | "after-approval";
            label?: components["schemas"]["LocalizedText"];
            /** @description A surcharge on a renewal filed after the previous licence ended */
            lateRenewalSurcharge?: components["schemas"]["LateRenewalSurchargeView"];
            /** @description Several lines on one invoice, each {code, label} with amountSatang (fixed), rule (bands or per unit over a form number) or range (the office sets it); absent: one line from amountSatang/maxAmountSatang */
            lines?: Record<string, never>[];
            /** @description Satang */
            maxAmountSatang?: number | null;
            note?: string | null;
        };
        FieldProblemView: {
            /** @example form.seats */
            field: string;
            /** @example is required */
            problem: string;
        };
        FiguresView: {
            /** @description Applications completed in the period (licence issued, registration or request done) */
            completed: number | null;
            /** @description Decisions in the period: completed + rejected */
            decided: number | null;
            /** @description Decisions whose licence type states statutory processing days */
            judged: number | null;
            /** @description Median processing time of the decisions, in working days (nearest rank), the applicant’s time left out */
            medianProcessingDays: number | null;
            /** @description Of those, decisions within the statutory processing days */
            onTime: number | null;
            /** @description onTime / judged, 0–1 */
            onTimeShare: number | null;
            /** @description 90th percentile of the processing time of the decisions, in working days (nearest rank) */
            p90ProcessingDays: number | null;
            paymentChannels: components["schemas"]["ChannelFigureView"][];
            /** @description Successful fee payments in the period */
            payments: number | null;
            /** @description Applications first submitted in the period */
            received: number | null;
            /** @description Applications rejected in the period */
            rejected: number | null;
            /**
             * @description The fields (dotted paths for channels) suppressed because fewer than 5 applications lie behind them
             * @example [
             *       "rejected"
             *     ]
             */
            suppressed: string[];
            /** @description Applications withdrawn by the applicant or closed in the period (not decisions) */
            withdrawn: number | null;
        };
        FileComplaintDto: {
            /** @description true: the holder is not told who complained (the office always knows) */
            anonymousToHolder: boolean;
            /** @enum {string} */
            category: "hygiene" | "noise" | "safety" | "unlicensed-activity" | "nuisance" | "other";
            /** @description What happened, where and when; trimmed, CRLF stored as LF, no control character but the line feed */
            description: string;
            /** @example BMA-KT/2569/000001 */
            licenceNumber: string;
            /** @description Photos uploaded first with POST /complaints/photos, unused */
            photoIds?: string[];
        };
        GrantAgentView: {
            /** @description As the civil registry named her when the grant was made */
            name: components["schemas"]["LocalizedText"];
            /** @example 1101400567898 */
            nationalId: string;
        };
        GrantDetailView: {
            agent: components["schemas"]["GrantAgentView"];
            /** @description It covers every licence type (licenceTypes is then empty) */
            allLicenceTypes: boolean;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description The instant it ends (midnight in Bangkok after validUntil)
             */
            endsAt: string;
            /** @description Who made it: the person, or the company’s authorised director */
            grantedBy: components["schemas"]["GrantPersonView"];
            /** @description Oldest first */
            history: components["schemas"]["GrantHistoryEntryView"][];
            /** Format: uuid */
            id: string;
            licenceTypes: components["schemas"]["GrantLicenceTypeView"][];
            principal: components["schemas"]["GrantPrincipalView"];
            /** Format: date-time */
            revokedAt: string | null;
            revokeReason: string | null;
            /**
             * @description Now: in force, revoked, or past its date
             * @enum {string}
             */
            status: "active" | "revoked" | "expired";
            /**
             * @description The last day it runs, Bangkok, inclusive
             * @example 2027-06-30
             */
            validUntil: string;
            /**
             * @description Which side of it the caller is on
             * @enum {string}
             */
            youAre: "principal" | "agent";
        };
        GrantHistoryEntryView: {
            /** Format: date-time */
            at: string;
            by: components["schemas"]["GrantPersonView"];
            reason: string | null;
            /**
             * @description `expired`: set aside, past its date, when a new grant to the same agent was made
             * @enum {string}
             */
            type: "granted" | "revoked" | "expired";
        };
        GrantLicenceTypeView: {
            name: components["schemas"]["LocalizedText"];
            /** @example food-premises-permit */
            slug: string;
        };
        GrantListView: {
            /** @description Grants she made, for herself or a company she directs, newest first */
            given: components["schemas"]["GrantView"][];
            /** @description Grants she holds as an agent, newest first */
            held: components["schemas"]["GrantView"][];
        };
        GrantPersonView: {
            /** @example user-wanee */
            id: string;
            name: components["schemas"]["LocalizedText"] | null;
        };
        GrantPrincipalDto: {
            /**
             * @description For juristic: the 13-digit registration number (DBD)
             * @example 0105560012342
             */
            registrationNumber?: string;
            /**
             * @example juristic
             * @enum {string}
             */
            type: "person" | "juristic";
        };
        GrantPrincipalView: {
            /**
             * @description National ID (person) or registration number (juristic)
             * @example 0105560012342
             */
            id: string;
            name: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            type: "person" | "juristic";
        };
        GrantView: {
            agent: components["schemas"]["GrantAgentView"];
            /** @description It covers every licence type (licenceTypes is then empty) */
            allLicenceTypes: boolean;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description The instant it ends (midnight in Bangkok after validUntil)
             */
            endsAt: string;
            /** Format: uuid */
            id: string;
            licenceTypes: components["schemas"]["GrantLicenceTypeView"][];
            principal: components["schemas"]["GrantPrincipalView"];
            /** Format: date-time */
            revokedAt: string | null;
            revokeReason: string | null;
            /**
             * @description Now: in force, revoked, or past its date
             * @enum {string}
             */
            status: "active" | "revoked" | "expired";
            /**
             * @description The last day it runs, Bangkok, inclusive
             * @example 2027-06-30
             */
            validUntil: string;
            /**
             * @description Which side of it the caller is on
             * @enum {string}
             */
            youAre: "principal" | "agent";
        };
        GraphStateView: {
            /**
             * @description Who is expected to act in this state
             * @example officer
             */
            actor: string | null;
            final: boolean;
            /** @example inspection */
            id: string;
            initial: boolean;
            /** @description Null while the state has no label yet */
            label: components["schemas"]["LocalizedText"] | null;
            /** @example 5 */
            slaDays: number | null;
            /** @example inspection */
            status: string | null;
        };
        GraphTransitionView: {
            /**
             * @example [
             *       "notify"
             *     ]
             */
            actions: string[];
            /**
             * @example [
             *       "result = pass"
             *     ]
             */
            conditions: string[];
            /** @description The target names no state */
            dangling: boolean;
            /**
             * @description Event data the branch needs (its dataEquals guards: field → value)
             * @example {
             *       "result": "pass"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
            /** @example RECORD_INSPECTION */
            event: string;
            /** @example inspection */
            from: string;
            /**
             * @example [
             *       "isResponsibleOffice",
             *       "dataEquals"
             *     ]
             */
            guards: string[];
            /**
             * @description from:EVENT:branch, stable between redraws
             * @example inspection:RECORD_INSPECTION:0
             */
            id: string;
            /**
             * @description Roles that may send it
             * @example [
             *       "officer"
             *     ]
             */
            senders: string[];
            /**
             * @description The state it leads to (the same state for an event that keeps it)
             * @example consideration
             */
            to: string;
        };
        GuardHelpView: {
            description: string;
            /**
             * @description actor: who may send; context: the application is ready; event: the data chooses a branch
             * @enum {string}
             */
            kind: "actor" | "context" | "event" | "composite";
            /** @example isResponsibleOffice */
            name: string;
            /** @description JSON Schema of the guard’s params */
            paramsSchema: {
                [key: string]: unknown;
            };
        };
        HeldPaymentApplicationView: {
            /** Format: uuid */
            id: string;
            /**
             * @description slug and name {th, en}
             * @example {
             *       "name": {
             *         "en": "Food premises permit",
             *         "th": "ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร"
             *       },
             *       "slug": "food-premises-permit"
             *     }
             */
            licenceType: Record<string, never>;
            /** @example awaiting_payment */
            status: string;
            /** @example BP-2569-000123 */
            trackingNumber: string;
        };
        HeldPaymentsView: {
            items: components["schemas"]["HeldPaymentView"][];
        };
        HeldPaymentView: {
            /** @description Why it cannot be accepted */
            acceptRefusal: components["schemas"]["LocalizedReasonView"] | null;
            /**
             * @description Satang (what was received, once the gateway says)
             * @example 200000
             */
            amountSatang: number;
            /** @example 2,000.00 บาท */
            amountText: string;
            application: components["schemas"]["HeldPaymentApplicationView"];
            /** @description Card: where to send the payer for 3-D Secure */
            authorizeUri: string | null;
            /** @description Whether it may be accepted as the fee now (else only refunded) */
            canAccept: boolean;
            chargeId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @example THB */
            currency: string;
            /** Format: date-time */
            expiresAt: string | null;
            failure: components["schemas"]["PaymentFailureView"] | null;
            /**
             * @description The fee due, in satang
             * @example 200000
             */
            feeSatang: number;
            /** @example 2,000.00 บาท */
            feeText: string;
            /** @description Why the money was held for the office, if it was */
            hold: components["schemas"]["PaymentHoldView"] | null;
            /** Format: uuid */
            id: string;
            method: components["schemas"]["PaymentMethod"];
            /** @description The money did not come through the gateway: a refund needs the office’s refundReference */
            needsRefundReference: boolean;
            officeReceiptNumber: string | null;
            /** Format: date-time */
            paidAt: string | null;
            qr: components["schemas"]["PaymentQrView"] | null;
            /** @description How held money was resolved: refunded or accepted as the fee */
            resolution: components["schemas"]["PaymentResolutionView"] | null;
            status: components["schemas"]["PaymentStatus"];
        };
        HistoryAnchorListView: {
            /** @description Newest first */
            items: components["schemas"]["HistoryAnchorView"][];
            /**
             * @description Pass as `before` for the next page; null on the last
             * @example 2026-11-02
             */
            nextBefore: string | null;
        };
        HistoryAnchorView: {
            /**
             * @description The Bangkok date (Gregorian) the anchor stands for; one a day
             * @example 2026-12-01
             */
            date: string;
            /**
             * Format: date-time
             * @description When the chain heads were read: every history row committed before is under this root
             */
            headsReadAt: string;
            /**
             * @description The Merkle Tree Hash (RFC 6962) over the leaves, lowercase hex
             * @example 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d
             */
            rootHash: string;
            /**
             * Format: byte
             * @description Detached CMS SignedData (DER, base64) over `statement` by the agency’s signing key, its certificate chain inside
             */
            signature: string;
            /** @description The exact UTF-8 text that was signed: canonical JSON (keys sorted, no spaces) of type, anchorDate, treeSize, rootHash, headsReadAt and the leaf format. Check the signature with `openssl cms -verify -binary -inform DER -in signature.der -content statement.txt -CAfile agency-ca.pem`. */
            statement: string;
            /**
             * Format: date-time
             * @description The time the timestamping service attested; null without a token
             */
            timestampedAt: string | null;
            /**
             * Format: byte
             * @description RFC 3161 TimeStampToken (DER, base64) over `statement`; null only when the portal runs without a timestamping service (TSA_URL unset)
             */
            timestampToken: string | null;
            /**
             * @description Leaves in the tree: one per application that has a history (drafts have none)
             * @example 1234
             */
            treeSize: number;
        };
        HistoryLeafView: {
            /**
             * @description The chain head as the application’s history rows give it now, recomputed from their content up to `eventSeq`
             * @example 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d
             */
            headHash: string;
            /** @example BP2569-000123 */
            trackingNumber: string;
        };
        HistoryProofView: {
            anchor: components["schemas"]["HistoryAnchorView"];
            /** @description RFC 9162 audit path, nearest sibling first, lowercase hex; nodes SHA-256(0x01 || left || right) */
            auditPath: string[];
            /**
             * @description The history entry whose hash the anchor published as the head
             * @example 7
             */
            eventSeq: number;
            /** @description Leaf = UTF-8(trackingNumber + "\n" + headHash); leaf hash = SHA-256(0x00 || leaf) */
            leaf: components["schemas"]["HistoryLeafView"];
            /**
             * @description The leaf’s place in the tree (0-based; leaves ordered by tracking number)
             * @example 41
             */
            leafIndex: number;
            /**
             * @description The anchor’s root, to compare with the signed statement
             * @example 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d
             */
            rootHash: string;
            /** @example BP2569-000123 */
            trackingNumber: string;
            /** @example 1234 */
            treeSize: number;
            /** @description Whether leaf and path give the root (RFC 9162 §2.1.3.2), as the portal checked it; false when the history was changed after it was anchored */
            verified: boolean;
        };
        HolderView: {
            actingDirector: components["schemas"]["ActingDirectorView"] | null;
            /** @description The applicant’s citizen record as fetched (as in GET /me/applicant-data `citizen`); only for her, the office and auditors */
            applicantRecord: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            confirmedAt: string | null;
            /** @example fixture:dopa */
            dataSource: string | null;
            /** Format: date-time */
            fetchedAt: string | null;
            /** @description National ID (shown only to those who may see personal data) or registration number */
            id: string | null;
            /** @description The juristic person’s record as fetched (as in GET /me/applicant-data `companies`) */
            juristicPerson: {
                [key: string]: unknown;
            } | null;
            name: components["schemas"]["LocalizedText"] | null;
            /** @enum {string} */
            type: "person" | "juristic";
        };
        /** @enum {string} */
        HoldReason: "amount_mismatch" | "currency_mismatch" | "fee_already_paid" | "not_awaiting_payment" | "review";
        HolidayEntryView: {
            /**
             * Format: date
             * @example 2026-01-01
             */
            date: string;
            name: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            source: "official" | "cabinet" | "agency-added";
        };
        HolidayListView: {
            holidays: components["schemas"]["HolidayEntryView"][];
            /**
             * @description Gregorian year
             * @example 2026
             */
            year: number;
        };
        HolidayNameDto: {
            /** @example Special holiday */
            en: string;
            /** @example วันหยุดพิเศษ */
            th: string;
        };
        InformationItemDto: {
            /** @description A document item: a current upload of its code after the request; an information item: an answer */
            answered: boolean;
            /** Format: date-time */
            answeredAt: string | null;
            /** @description The applicant’s answer (information items) */
            answerText: string | null;
            /** @description The licence type’s document code (document items) */
            documentCode: string | null;
            /**
             * Format: uuid
             * @description The upload that answers a document item
             */
            documentId: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "document" | "information";
            /** @description The document’s label (document items) */
            label: components["schemas"]["InformationLabelDto"] | null;
            /** @description What the office asks (information items) */
            question: string | null;
            /** @description Why the office asks */
            reason: string | null;
        };
        InformationLabelDto: {
            /** @example Site plan of the premises */
            en: string;
            /** @example แผนผังแสดงที่ตั้งสถานประกอบการ */
            th: string;
        };
        InformationRequestDto: {
            /** Format: date-time */
            closedAt: string | null;
            /** @description The office’s summary (the REQUEST_INFO comment) */
            comment: string;
            /** Format: uuid */
            id: string;
            items: components["schemas"]["InformationItemDto"][];
            /** @description Still waiting for the applicant (closed by RESUBMIT, REJECT or CANCEL) */
            open: boolean;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: components["schemas"]["InformationRequesterDto"];
        };
        InformationRequesterDto: {
            /** @description The staff member’s name; null if the account is gone */
            displayName: components["schemas"]["InformationLabelDto"] | null;
            id: string;
        };
        InspectionDto: {
            /** Format: date */
            date: string | null;
            findings: components["schemas"]["InspectionFindingDto"][] | null;
            inspector: components["schemas"]["InspectionPersonDto"] | null;
            /** @description The schedule’s notes */
            notes: string | null;
            photos: components["schemas"]["InspectionPhotoRefDto"][];
            /** Format: date-time */
            recordedAt: string | null;
            recordedBy: components["schemas"]["InspectionPersonDto"] | null;
            /**
             * @description Null until the result is recorded
             * @enum {string|null}
             */
            result: "pass" | "fail" | null;
            /** @description The result’s notes */
            resultNotes: string | null;
            /**
             * Format: date-time
             * @description When it was scheduled; null for a result recorded without a schedule
             */
            scheduledAt: string | null;
            /** @description Null in history from before windows were recorded */
            window: components["schemas"]["InspectionWindowDto"] | null;
        };
        InspectionFindingDto: {
            item: string;
            note: string | null;
            ok: boolean;
        };
        InspectionNameDto: {
            en: string;
            th: string;
        };
        InspectionPersonDto: {
            displayName: components["schemas"]["InspectionNameDto"] | null;
            id: string;
        };
        InspectionPhotoDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            mediaType: "image/jpeg" | "image/png";
            /** @description SHA-256 of the bytes, hex */
            sha256: string;
            sizeBytes: number;
            /** Format: date-time */
            uploadedAt: string;
        };
        InspectionPhotoRefDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            mediaType: "image/jpeg" | "image/png";
            sha256: string;
        };
        InspectionWindowDto: {
            /** @example 09:00 */
            from: string;
            /** @example 12:00 */
            to: string;
        };
        IntegrityView: {
            /** @description Null until a nightly anchor holds the application */
            anchor: components["schemas"]["TimelineAnchorView"] | null;
            /** @description The first entry whose hash or link does not match now (null when the links hold) */
            brokenAtSeq: number | null;
            /** @description Breaks the nightly check recorded, oldest first; they stay recorded */
            recordedBreaks: components["schemas"]["RecordedBreakView"][];
            /** @description Whether the history is trustworthy: its hash chain intact now, no break ever recorded, and the newest anchor still matching */
            verified: boolean;
        };
        InviteStaffDto: {
            /**
             * @description 13-digit Thai national ID (check digit checked)
             * @example 1509900112233
             */
            nationalId: string;
            /**
             * @description Office roles: officer, approver, signer, head_of_office
             * @example [
             *       "officer"
             *     ]
             */
            roles: string[];
        };
        InvoiceLineView: {
            /**
             * @description Satang
             * @example 250000
             */
            amountSatang: number;
            /**
             * @description The line's code (late-renewal: the late-renewal surcharge)
             * @example licence
             */
            code: string;
            /**
             * @description How the line was computed
             * @example {
             *       "en": "Set by the office at 2,500 THB within 2,000–3,000 THB. Reason: …",
             *       "th": "หน่วยงานกำหนด 2,500 บาท ในช่วง 2,000–3,000 บาท เหตุผล: …"
             *     }
             */
            computation: components["schemas"]["FeeTextView"];
            /**
             * @example {
             *       "en": "Fee",
             *       "th": "ค่าธรรมเนียม"
             *     }
             */
            label: components["schemas"]["FeeTextView"];
        };
        InvoiceView: {
            /**
             * @description Satang: the sum of the lines
             * @example 200000
             */
            amountSatang: number;
            /** @example 2,000.00 บาท */
            amountText: string;
            /** @example licence */
            feeCode: string;
            /** Format: uuid */
            id: string;
            /** @description The lines as computed when the fee was raised (empty on invoices raised before fee lines) */
            lines: components["schemas"]["InvoiceLineView"][];
            /** Format: date-time */
            paidAt: string | null;
            /** @enum {string} */
            status: "open" | "paid" | "held" | "cancelled";
        };
        LateRenewalSurchargeView: {
            /** @description At most this many periods are charged */
            maxPeriods?: number;
            /**
             * @description Percent of the fee per period late
             * @example 20
             */
            percentPerPeriod: number;
            /**
             * @description once: the percentage once, however late; else per started month or year
             * @enum {string}
             */
            period: "once" | "month" | "year";
        };
        LicenceHolderView: {
            /** @description The account of a person, the registration number of a company; not in the public verification */
            id?: string;
            /**
             * @description The public verification’s masked name
             * @example น******* ใ**
             */
            maskedName?: string;
            /**
             * @description Not in the public verification
             * @example นายสมชาย ใจดี
             */
            name?: string;
            /**
             * @description Not in the public verification
             * @enum {string}
             */
            type?: "person" | "juristic";
        };
        LicenceIssuerView: {
            /** @example bma-khlong-toei */
            id: string;
            name: components["schemas"]["LocalizedText"] | null;
        };
        /** @enum {string} */
        LicenceStatus: "valid" | "pending" | "suspended" | "revoked" | "expired" | "superseded";
        LicenceSummaryView: {
            /** @description The licence that renews or replaces this one */
            continuedBy: string | null;
            /** @description The licence this one renews or amends */
            continues: string | null;
            holder: components["schemas"]["LicenceHolderView"];
            /** Format: date-time */
            issuedAt: string;
            issuer: components["schemas"]["LicenceIssuerView"];
            licenceType: components["schemas"]["LicenceTypeRefView"];
            /** @example BMA-KHLONG-TOEI/2569/000001 */
            number: string;
            /** @description SHA-256 of the signed PDF */
            pdfSha256: string | null;
            /** @description Subject of the signing certificate */
            signer: string | null;
            status: components["schemas"]["LicenceStatus"];
            statusLabel: components["schemas"]["LocalizedText"];
            statusReason: string | null;
            /** Format: date-time */
            validFrom: string;
            validity: components["schemas"]["ThaiTextView"];
            /** Format: date-time */
            validUntil: string | null;
        };
        LicenceTypeFiguresView: {
            figures: components["schemas"]["FiguresView"];
            licenceType: components["schemas"]["LicenceTypeRefView"];
            now: components["schemas"]["NowView"];
            /** @description Statutory processing days (current version); null when not stated */
            statutoryDays: number | null;
        };
        LicenceTypeRefView: {
            name: components["schemas"]["LocalizedText"];
            /** @example food-premises-permit */
            slug: string;
        };
        LicenceTypeSummaryView: {
            agency: components["schemas"]["AgencyOfLicenceView"];
            /** @example licence */
            category: string;
            /** @example 1 */
            currentVersion: number;
            fees: components["schemas"]["FeeSummaryView"][];
            /** @description "not stated" where the catalogue has no fee */
            feeText: components["schemas"]["LocalizedText"];
            kinds: components["schemas"]["ApplicationKind"][];
            name: components["schemas"]["LocalizedText"];
            /**
             * @description Working days; null when not stated
             * @example 30
             */
            processingDays: number | null;
            processingDaysText: components["schemas"]["LocalizedText"];
            /** @example food-premises-permit */
            slug: string;
        };
        LicenceTypeView: {
            agency: components["schemas"]["AgencyOfLicenceView"];
            /** @example licence */
            category: string;
            /** @example 1 */
            currentVersion: number;
            documents: components["schemas"]["DocumentRequirementView"][];
            /** @description The fees as the definition states them */
            fees: components["schemas"]["FeeView"][];
            /** @description "not stated" where the catalogue has no fee */
            feeText: components["schemas"]["LocalizedText"];
            /** @description The application form as JSON Schema (draft-07) */
            form: {
                [key: string]: unknown;
            };
            kinds: components["schemas"]["ApplicationKind"][];
            /** @example พ.ร.บ. การสาธารณสุข พ.ศ. 2535 */
            legalBasis: string | null;
            name: components["schemas"]["LocalizedText"];
            /**
             * @description Working days; null when not stated
             * @example 30
             */
            processingDays: number | null;
            processingDaysText: components["schemas"]["LocalizedText"];
            /** @example food-premises-permit */
            slug: string;
            sources: string[];
            validity: components["schemas"]["ValidityView"] | null;
            /**
             * @description The published version described (the current one unless ?version= asked for another)
             * @example 1
             */
            version: number;
        };
        LicenceView: {
            /** Format: uuid */
            applicationId: string;
            /** @description The licence that renews or replaces this one */
            continuedBy: string | null;
            /** @description The licence this one renews or amends */
            continues: string | null;
            holder: components["schemas"]["LicenceHolderView"];
            /** Format: date-time */
            issuedAt: string;
            issuer: components["schemas"]["LicenceIssuerView"];
            licenceType: components["schemas"]["LicenceTypeRefView"];
            /** @example BMA-KHLONG-TOEI/2569/000001 */
            number: string;
            /** @description SHA-256 of the signed PDF */
            pdfSha256: string | null;
            /** @description Subject of the signing certificate */
            signer: string | null;
            status: components["schemas"]["LicenceStatus"];
            statusLabel: components["schemas"]["LocalizedText"];
            statusReason: string | null;
            /** Format: date-time */
            validFrom: string;
            validity: components["schemas"]["ThaiTextView"];
            /** Format: date-time */
            validUntil: string | null;
        };
        LocalizedChangeView: {
            from: components["schemas"]["LocalizedText"] | null;
            to: components["schemas"]["LocalizedText"] | null;
        };
        LocalizedNameDto: {
            /** @example Mr Somchai Jaidee */
            en: string;
            /** @example นายสมชาย ใจดี */
            th: string;
        };
        LocalizedNameView: {
            /** @example Food premises permit */
            en: string;
            /** @example ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร */
            th: string;
        };
        LocalizedReasonView: {
            en: string;
            th: string;
        };
        LocalizedText: {
            /** @example Food premises permit */
            en: string;
            /** @example ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร */
            th: string;
        };
        LocalSmsView: {
            /** @example local-1 */
            id: string;
            /** Format: date-time */
            sentAt: string;
            text: string;
            /** @example +66812345678 */
            to: string;
        };
        MarkedReadView: {
            /** @description How many notifications this call marked read */
            marked: number;
        };
        MessageDto: {
            /** @description The author’s name as it was when she wrote */
            authorName: components["schemas"]["LocalizedNameDto"];
            /**
             * @description Which side wrote it
             * @enum {string}
             */
            authorSide: "applicant" | "office";
            /** @description The text, line breaks as \n */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the other side first marked it read
             */
            readAt: string | null;
            /** @description Whether someone of the other side has marked it read */
            readByOtherSide: boolean;
        };
        MessagesMarkedReadDto: {
            /**
             * @description How many of the other side’s messages were unread and are now marked read
             * @example 2
             */
            marked: number;
        };
        /**
         * @description Who the source state waits for, derived from who may send the events taking it forward
         * @enum {string}
         */
        MigrationActorKind: "applicant" | "office" | "signer" | "payment" | "system" | "anyone" | "workflow_admin" | "auditor";
        MigrationFilterDto: {
            /** @description Only applications routed to these offices */
            agencyIds?: string[];
            /** @description Only these applications (at most 10000) */
            applicationIds?: string[];
            /** @description Only applications in these states of the source version */
            states?: string[];
        };
        MigrationItemView: {
            applicationId: string;
            /** @example MIGRATION_APPLICATION_MOVED */
            code: string | null;
            details: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            doneAt: string | null;
            /** @description The MIGRATED history row */
            eventId: string | null;
            fromState: string;
            /** @description Thai / English */
            message: string | null;
            outcome: components["schemas"]["MigrationOutcome"];
            plannedVersion: number;
            toState: string;
            trackingNumber: string;
        };
        /** @enum {string} */
        MigrationOutcome: "pending" | "moved" | "refused" | "skipped";
        MigrationPlanCountsView: {
            /** @description Live applications matching the plan */
            applications: number;
            movable: number;
            refused: number;
        };
        MigrationPlanItemView: {
            agencyId: string | null;
            applicationId: string;
            /** @example consideration */
            fromState: string;
            /** @description Why it would not be moved; null when it would */
            refusal: components["schemas"]["MigrationRefusalView"] | null;
            /** @example consideration */
            toState: string;
            /** @example BP2569-0000123 */
            trackingNumber: string;
            /** @description The application version read; a real run moves it only if it is still at this version */
            version: number;
        };
        MigrationPlanView: {
            /** @description Oldest first */
            applications: components["schemas"]["MigrationPlanItemView"][];
            counts: components["schemas"]["MigrationPlanCountsView"];
            /** @enum {boolean} */
            dryRun: true;
            fromVersion: number;
            /** @example food-premises-permit */
            licenceType: string;
            /** @description Each mapped source state, and each source state holding applications */
            states: components["schemas"]["MigrationStateView"][];
            toVersion: number;
        };
        MigrationRefusalView: {
            /** @example MIGRATION_TARGET_DATA_MISSING */
            code: string;
            /** @description {state, ways: [{from, event, missing}]}: per way into the target state, what the application lacks: {kind: history, event} an event in its history, {kind: effect, effect} an effect recorded (a fee invoice, issuance), {kind: condition, guard} a guard on the application, {kind: kind, kinds} another kind of request, {kind: state, state} a state it could not have been in */
            details: {
                [key: string]: unknown;
            };
            /** @description Thai / English */
            message: string;
        };
        MigrationReportView: {
            allowActorChange: string[];
            /** @description Batches committed */
            batches: number;
            /** Format: date-time */
            createdAt: string;
            /** @description The filter as sent */
            filter: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            finishedAt: string | null;
            fromVersion: number;
            /**
             * Format: date-time
             * @description When the running process last committed a batch
             */
            heartbeatAt: string | null;
            id: string;
            /** @description Each application in plan order, with its outcome */
            items: components["schemas"]["MigrationItemView"][];
            licenceType: string;
            moved: number;
            /** @description Not handled yet */
            pending: number;
            /** @description Lacking what the target state needs (recorded at the start with skipRefused), or refused by a participant */
            refused: number;
            requestedBy: components["schemas"]["MigrationRequesterView"];
            /** @description Times another process took the run over after the one running it stopped */
            resumed: number;
            /** @description Moved by someone else after the plan was made: left as they are */
            skipped: number;
            skipRefused: boolean;
            stateMapping: {
                [key: string]: string;
            };
            status: components["schemas"]["MigrationStatus"];
            /** @description Applications in the plan */
            total: number;
            toVersion: number;
        };
        MigrationRequesterView: {
            id: string;
            username: string;
        };
        MigrationStateView: {
            /** @description The target waits for another kind of actor (allowed only when listed in allowActorChange) */
            actorChange: boolean;
            /** @description Live applications in the source state that the plan takes */
            applications: number;
            /** @description Who the source state waits for, derived from who may send the events taking it forward */
            fromActors: components["schemas"]["MigrationActorKind"][];
            fromLabel: components["schemas"]["LocalizedText"];
            fromSlaDays: number | null;
            fromState: string;
            /** @description Who the target state waits for */
            toActors: components["schemas"]["MigrationActorKind"][];
            /** @description Null when the target version has no such state */
            toLabel: components["schemas"]["LocalizedText"] | null;
            /** @description The due date is recomputed with these working days */
            toSlaDays: number | null;
            toState: string;
        };
        /** @enum {string} */
        MigrationStatus: "running" | "completed";
        MigrationView: {
            allowActorChange: string[];
            /** @description Batches committed */
            batches: number;
            /** Format: date-time */
            createdAt: string;
            /** @description The filter as sent */
            filter: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            finishedAt: string | null;
            fromVersion: number;
            /**
             * Format: date-time
             * @description When the running process last committed a batch
             */
            heartbeatAt: string | null;
            id: string;
            licenceType: string;
            moved: number;
            /** @description Not handled yet */
            pending: number;
            /** @description Lacking what the target state needs (recorded at the start with skipRefused), or refused by a participant */
            refused: number;
            requestedBy: components["schemas"]["MigrationRequesterView"];
            /** @description Times another process took the run over after the one running it stopped */
            resumed: number;
            /** @description Moved by someone else after the plan was made: left as they are */
            skipped: number;
            skipRefused: boolean;
            stateMapping: {
                [key: string]: string;
            };
            status: components["schemas"]["MigrationStatus"];
            /** @description Applications in the plan */
            total: number;
            toVersion: number;
        };
        MissingDocumentDto: {
            /** @example site-plan */
            code: string;
            label: components["schemas"]["LocalizedText"];
        };
        MonthFiguresView: {
            figures: components["schemas"]["FiguresView"];
            /** @description Applications in progress at the end of the month (suppressed like any count) */
            inProgressAtMonthEnd: number | null;
            /** @example 2026-03 */
            month: string;
        };
        NotificationPreferencesDto: {
            email: components["schemas"]["EmailPreferenceDto"];
            /** @enum {string} */
            language: "th" | "en";
            sms: components["schemas"]["SmsPreferenceDto"];
        };
        NotificationPreferencesView: {
            email: components["schemas"]["EmailPreferenceView"];
            /**
             * @description The language of emails and SMS; the other language follows below in emails
             * @enum {string}
             */
            language: "th" | "en";
            sms: components["schemas"]["SmsPreferenceView"];
        };
        NotificationView: {
            /** Format: uuid */
            applicationId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            message: components["schemas"]["LocalizedText"];
            /**
             * Format: date-time
             * @description When the caller marked it read (per person, also for an office-wide one)
             */
            readAt: string | null;
            /**
             * @description Sent to the caller herself, or to her whole office
             * @enum {string}
             */
            recipientType: "user" | "agency";
            /** @example licence-issued */
            template: string;
        };
        NowView: {
            /** @description Applications submitted and not yet ended, now */
            inProgress: number | null;
            /** @description Of those, waiting for the office (officer, approver or signer) past the due date of their step, now */
            overdue: number | null;
            /** @description inProgress or overdue when suppressed */
            suppressed: string[];
        };
        OfficeDashboardView: {
            /** Format: date-time */
            generatedAt: string;
            /** @description The last 30 and 90 days */
            onTime: components["schemas"]["DashboardOnTimeView"][];
            /**
             * Format: date-time
             * @description When the on-time shares were worked out: they are kept up to DASHBOARD_ON_TIME_MAX_AGE_MS (a minute by default) per office
             */
            onTimeAsOf: string;
            overdue: components["schemas"]["DashboardOverdueView"];
            staff: components["schemas"]["DashboardStaffView"][];
            unassigned: components["schemas"]["DashboardUnassignedView"];
        };
        OfficeDetailView: {
            /** @example chiang-mai-city */
            id: string;
            /** @description Newest first */
            invitations: components["schemas"]["StaffInvitationView"][];
            kind: components["schemas"]["OfficeKindView"];
            name: components["schemas"]["LocalizedText"];
            /** @description Onboarded through this API (false: seeded from workflows/areas.json) */
            onboarded: boolean;
            /**
             * @description Invitations neither accepted nor revoked
             * @example 1
             */
            pendingInvitations: number;
            /** @description The province (id = DOPA code) */
            province: components["schemas"]["AgencyRef"];
            /** @description By username */
            staff: components["schemas"]["OfficeStaffView"][];
            /**
             * @description Accounts of the office
             * @example 3
             */
            staffCount: number;
            /** @example 12 */
            subdistrictCount: number;
            /** @description By code */
            subdistricts: components["schemas"]["ServedSubdistrictView"][];
        };
        OfficeFiguresView: {
            figures: components["schemas"]["FiguresView"];
            now: components["schemas"]["NowView"];
            office: components["schemas"]["OfficeRefView"];
        };
        OfficeKindView: {
            /** @enum {string|null} */
            id: "bma_district_office" | "city_municipality" | "town_municipality" | "subdistrict_municipality" | "sao" | "pattaya_city" | null;
            label: components["schemas"]["LocalizedText"] | null;
        };
        OfficeListView: {
            items: components["schemas"]["OfficeSummaryView"][];
            /** @description Give as `after` for the next page; null on the last */
            nextAfter: string | null;
        };
        OfficeNameDto: {
            /** @example Chiang Mai City Municipality */
            en: string;
            /** @example เทศบาลนครเชียงใหม่ */
            th: string;
        };
        OfficeRatingListView: {
            /** @description Newest first */
            items: components["schemas"]["OfficeRatingView"][];
            /** @description Send as `before` for the next page; null on the last */
            nextBefore: string | null;
        };
        OfficeRatingView: {
            /** Format: uuid */
            applicationId: string;
            /** @description Personal data: only the applicant and her office read it */
            comment: string | null;
            /** Format: uuid */
            id: string;
            /** @example food-premises-permit */
            licenceType: string;
            /** Format: date-time */
            ratedAt: string;
            /** @example 4 */
            score: number;
            /** @example BP2569-2CXRRNT3 */
            trackingNumber: string;
        };
        OfficeRefView: {
            /** @example bma-khlong-toei */
            id: string;
            name: components["schemas"]["LocalizedNameView"];
        };
        OfficeStaffView: {
            displayName: components["schemas"]["LocalizedText"];
            /** @description Applications of the office waiting for staff that this person holds */
            held: number;
            /** @example user-officer-kt */
            id: string;
            /**
             * @example [
             *       "officer"
             *     ]
             */
            roles: string[];
            /** @example officer.khlongtoei */
            username: string;
        };
        OfficeSummaryView: {
            /** @example chiang-mai-city */
            id: string;
            kind: components["schemas"]["OfficeKindView"];
            name: components["schemas"]["LocalizedText"];
            /** @description Onboarded through this API (false: seeded from workflows/areas.json) */
            onboarded: boolean;
            /**
             * @description Invitations neither accepted nor revoked
             * @example 1
             */
            pendingInvitations: number;
            /** @description The province (id = DOPA code) */
            province: components["schemas"]["AgencyRef"];
            /**
             * @description Accounts of the office
             * @example 3
             */
            staffCount: number;
            /** @example 12 */
            subdistrictCount: number;
        };
        OnBehalfOfDto: {
            /**
             * Format: uuid
             * @description A grant she holds as an agent (GET /grants, `held`), in force and covering the licence type
             */
            grantId: string;
        };
        OnBehalfOfPrincipalView: {
            name: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            type: "person" | "juristic";
        };
        OnBehalfOfView: {
            /** @description The agent who filed it */
            agentName: components["schemas"]["LocalizedText"] | null;
            /**
             * Format: uuid
             * @description The grant it was filed under (GET /grants/{id})
             */
            grantId: string;
            /** @description For whom */
            principal: components["schemas"]["OnBehalfOfPrincipalView"];
        };
        OpenDataDictionaryView: {
            columns: components["schemas"]["DictionaryColumnView"][];
            csv: components["schemas"]["CsvFormatView"];
            dataset: string;
            description: components["schemas"]["LocalizedNameView"];
            license: string;
            measurement: components["schemas"]["LocalizedNameView"];
            suppression: components["schemas"]["DictionarySuppressionView"];
            title: components["schemas"]["LocalizedNameView"];
        };
        OpenDataDownloadView: {
            /** @description The columns, in the CSV’s order */
            columns: string[];
            /** @example bizportal-processing-statistics */
            dataset: string;
            /** @example 2025-01 */
            firstMonth: string | null;
            /** Format: date-time */
            generatedAt: string;
            /** @example 2026-03 */
            lastMonth: string | null;
            /** @example https://creativecommons.org/licenses/by/4.0/ */
            license: string;
            measurement: components["schemas"]["LocalizedNameView"];
            rows: components["schemas"]["OpenDataRowView"][];
            suppression: components["schemas"]["SuppressionView"];
            title: components["schemas"]["LocalizedNameView"];
        };
        OpenDataRowView: {
            /** @description Applications completed in the month */
            completed: number | null;
            /** @description completed + rejected */
            decided: number | null;
            /** @description Decisions with statutory days */
            judged: number | null;
            /** @example food-premises-permit */
            licence_type: string;
            licence_type_name_en: string;
            licence_type_name_th: string;
            /** @description Median processing working days of the month’s decisions */
            median_processing_days: number | null;
            /** @example 2026-03 */
            month: string;
            /** @example bma-khlong-toei */
            office_id: string;
            office_name_en: string;
            office_name_th: string;
            /** @description Decisions within the statutory days */
            on_time: number | null;
            /** @description on_time / judged, 0–1 */
            on_time_share: number | null;
            /** @description 90th percentile of processing working days */
            p90_processing_days: number | null;
            /** @description Successful fee payments */
            payments: number | null;
            /** @description Applications first submitted in the month */
            received: number | null;
            /** @description Applications rejected in the month */
            rejected: number | null;
            /** @description Share paid by bank bill payment, 0–1 */
            share_billpay: number | null;
            /** @description Share paid by card, 0–1 */
            share_card: number | null;
            /** @description Share paid at the office counter, 0–1 */
            share_counter: number | null;
            /** @description Share paid by PromptPay, 0–1 */
            share_promptpay: number | null;
            /** @description Statutory processing days (working days) */
            statutory_days: number | null;
            /** @description Columns suppressed in this row (fewer than 5 applications behind them) */
            suppressed: string[];
            /** @description Applications withdrawn or closed in the month */
            withdrawn: number | null;
        };
        /**
         * @description The PAdES baseline level reached (ETSI EN 319 142-1)
         * @enum {string}
         */
        PadesLevel: "B-LT" | "B-T" | "B-B" | "none";
        PadesView: {
            /**
             * @example {
             *       "en": "PAdES B-LT: signature with a timestamp and long-term validation data",
             *       "th": "PAdES B-LT: ลายมือชื่อพร้อมตราประทับเวลาและข้อมูลสำหรับตรวจสอบระยะยาว"
             *     }
             */
            label: components["schemas"]["LocalizedText"];
            /** @description The PAdES baseline level reached (ETSI EN 319 142-1) */
            level: components["schemas"]["PadesLevel"];
            /** @description Why the next level up is not reached (English) */
            shortOf: string | null;
            timestamp: components["schemas"]["SignatureTimestampView"] | null;
        };
        PaymentFailureView: {
            /** @example insufficient_fund */
            code: string;
            message: string | null;
        };
        PaymentGatewayView: {
            /** @example THB */
            currency: string;
            /**
             * @description The smallest amount the gateway takes, in satang; smaller fees are paid at the office
             * @example 2000
             */
            minimumAmountSatang: number;
            /**
             * @description The public key: it only makes tokens
             * @example pkey_test_5x…
             */
            publicKey: string;
            /**
             * @description Where the browser sends card data for a token (POST {vaultUrl}/tokens); the page CSP allows this origin
             * @example https://vault.omise.co
             */
            vaultUrl: string;
        };
        PaymentHoldView: {
            /** Format: date-time */
            heldAt: string | null;
            reason: components["schemas"]["HoldReason"];
            /** @description Why, in words */
            text: components["schemas"]["LocalizedText"];
        };
        /** @enum {string} */
        PaymentMethod: "promptpay" | "card" | "counter" | "billpay";
        PaymentQrView: {
            /**
             * @description Where the PromptPay QR code (SVG) is served
             * @example /api/v1/payments/7954645a-e5c1-4f5b-92aa-41089bc32085/qr
             */
            svg: string;
        };
        PaymentResolutionView: {
            /** @description A second payment of a paid fee, refunded by the system */
            automatic: boolean;
            /** @enum {string} */
            kind: "refunded" | "accepted";
            /** @description The officer's reason */
            reason: string | null;
            /** @description The gateway's refund (rfnd_…) */
            refundId: string | null;
            /** @description The office's own reference of a refund made outside the gateway */
            refundReference: string | null;
            /**
             * Format: date-time
             * @description When it was done (null while a refund is under way)
             */
            resolvedAt: string | null;
        };
        PaymentReturnView: {
            message: components["schemas"]["LocalizedText"];
            /** Format: uuid */
            paymentId: string;
            status: components["schemas"]["PaymentStatus"];
        };
        /** @enum {string} */
        PaymentStatus: "creating" | "pending" | "successful" | "failed" | "expired" | "error" | "held" | "refunding" | "refunded";
        PaymentView: {
            /**
             * @description Satang (what was received, once the gateway says)
             * @example 200000
             */
            amountSatang: number;
            /** @example 2,000.00 บาท */
            amountText: string;
            /** @description Card: where to send the payer for 3-D Secure */
            authorizeUri: string | null;
            chargeId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string | null;
            failure: components["schemas"]["PaymentFailureView"] | null;
            /** @description Why the money was held for the office, if it was */
            hold: components["schemas"]["PaymentHoldView"] | null;
            /** Format: uuid */
            id: string;
            method: components["schemas"]["PaymentMethod"];
            officeReceiptNumber: string | null;
            /** Format: date-time */
            paidAt: string | null;
            qr: components["schemas"]["PaymentQrView"] | null;
            /** @description How held money was resolved: refunded or accepted as the fee */
            resolution: components["schemas"]["PaymentResolutionView"] | null;
            status: components["schemas"]["PaymentStatus"];
        };
        PeriodView: {
            /** @example 2026-01 */
            from: string;
            /** @example 2026-12 */
            to: string;
        };
        PersonRefView: {
            displayName: components["schemas"]["LocalizedText"] | null;
            /** @example user-somchai */
            id: string;
        };
        PoliciesView: {
            contact: components["schemas"]["PolicyContactView"];
            /** @description The privacy notice applicants agree to now */
            privacyNotice: components["schemas"]["PrivacyNoticeView"];
        };
        PolicyContactView: {
            /**
             * @description PORTAL_CONTACT_EMAIL: the portal operator’s address for privacy requests and accessibility problems; null when not configured
             * @example bizportal@example.go.th
             */
            email: string | null;
        };
        PostMessageDto: {
            /**
             * @description The message, 1–2000 characters after trimming, with something visible; line breaks allowed (CRLF is stored as LF), other control characters not
             * @example ขอสอบถามว่าต้องส่งแผนผังร้านฉบับแก้ไขหรือไม่ / Do I need to send a revised site plan?
             */
            body: string;
        };
        PrecheckDto: {
            items: components["schemas"]["PrecheckItemDto"][];
            /** Format: date-time */
            preparedAt: string | null;
            /**
             * @description not-submitted: a draft; preparing: submitted, the check not yet written (it runs right after the submission); prepared: `items` hold the newest check
             * @enum {string}
             */
            state: "not-submitted" | "preparing" | "prepared";
            /**
             * @description What prepared it: the submission, a resubmission, or an officer asking again
             * @enum {string|null}
             */
            trigger: "SUBMIT" | "RESUBMIT" | "RECHECK" | null;
        };
        PrecheckItemDto: {
            /** Format: date-time */
            checkedAt: string;
            /**
             * @description documents: required documents attached; holder-name, holder-address: the holder recorded on the application against the register now (DOPA for a person, DBD for a company); juristic-standing: the company may act and the applicant is still an authorised director; registered-capital: the form’s capitalBaht against the registered capital (only where the form asks it); premises-area: the premises are in the area of the office handling it; previous-revocation: no licence of this type of the holder revoked in the past year
             * @enum {string}
             */
            code: "documents" | "holder-name" | "holder-address" | "juristic-standing" | "registered-capital" | "premises-area" | "previous-revocation";
            /** @description What was found, in words */
            detail: components["schemas"]["LocalizedText"];
            /**
             * @description unknown when the source could not answer (a register down) or has nothing to compare
             * @enum {string}
             */
            result: "pass" | "fail" | "unknown";
            /**
             * @description Where the answer came from
             * @enum {string}
             */
            source: "documents" | "dopa" | "dbd" | "jurisdictions" | "licence-register";
            /**
             * @description The register connector’s name of the record’s source, when a register answered
             * @example fixture:dbd
             */
            sourceRef: string | null;
        };
        PremisesDto: {
            /** @example 99 ถนนพระราม 4 แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110 */
            address: string;
            /**
             * @description DOPA district code (4 digits)
             * @example 1033
             */
            districtCode: string;
            /**
             * @description DOPA province code (2 digits)
             * @example 10
             */
            provinceCode: string;
            /**
             * @description DOPA subdistrict code (6 digits)
             * @example 103301
             */
            subdistrictCode: string;
        };
        PremisesView: {
            /** @example 99 ถนนพระราม 4 แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110 */
            address: string;
            /** @example 1033 */
            districtCode: string;
            /** @example 10 */
            provinceCode: string;
            /** @example 103301 */
            subdistrictCode: string;
        };
        PreviewWorkflowDraftDto: {
            /**
             * @description A whole licence file, as in workflows/licences/*.json: slug, name, agency, legalBasis, processingDays, validity, fees, form, documents, and machine, either full XState JSON or {"template": "licence", "params": {…}}
             * @example {
             *       "agency": {
             *         "level": "local"
             *       },
             *       "documents": [],
             *       "fees": [
             *         {
             *           "amountSatang": 30000,
             *           "code": "licence",
             *           "due": "after-approval"
             *         }
             *       ],
             *       "form": {
             *         "properties": {
             *           "stallName": {
             *             "type": "string"
             *           }
             *         },
             *         "required": [
             *           "stallName"
             *         ],
             *         "type": "object"
             *       },
             *       "legalBasis": "พ.ร.บ. รักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. 2535",
             *       "machine": {
             *         "params": {
             *           "fee": "licence",
             *           "inspection": true,
             *           "planApproval": false,
             *           "slaDays": {
             *             "check": 3,
             *             "decision": 7
             *           }
             *         },
             *         "template": "licence"
             *       },
             *       "name": {
             *         "en": "Street stall permit",
             *         "th": "ใบอนุญาตจำหน่ายสินค้าในที่สาธารณะ"
             *       },
             *       "processingDays": 15,
             *       "slug": "street-stall-permit",
             *       "validity": {
             *         "years": 1
             *       }
             *     }
             */
            definition: Record<string, never>;
            /**
             * @description The licence type the draft will be filed under (a new version of it): it must exist, and the definition’s slug must be it. Omit for a new licence type.
             * @example street-stall-permit
             */
            licenceType?: string;
        };
        PrivacyConsentView: {
            /** Format: date-time */
            agreedAt: string;
            covers: components["schemas"]["PrivacyPurposeView"][];
            /** @example 2026-12-06 */
            noticeIssuedOn: string;
            /** @example 1 */
            noticeVersion: string;
        };
        PrivacyNoticeView: {
            /** @description The purposes it states: what consent at submission covers */
            covers: components["schemas"]["PrivacyPurposeView"][];
            /**
             * @description The day it took effect, Bangkok
             * @example 2026-12-06
             */
            issuedOn: string;
            /**
             * @description Where its full text is published (the web app)
             * @example /privacy
             */
            url: string;
            /**
             * @description What SUBMIT sends as data.privacyConsent.noticeVersion (ฉบับที่ 1)
             * @example 1
             */
            version: string;
        };
        PrivacyPurposeView: {
            /** @example application-decision */
            code: string;
            label: components["schemas"]["LocalizedText"];
        };
        PublicComplaintView: {
            /** @enum {string} */
            category: "hygiene" | "noise" | "safety" | "unlicensed-activity" | "nuisance" | "other";
            categoryLabel: components["schemas"]["ComplaintTextView"];
            /** Format: date-time */
            filedAt: string;
            licenceNumber: string;
            licenceType: components["schemas"]["ComplaintLicenceTypeView"];
            office: components["schemas"]["ComplaintNamedView"];
            /** @enum {string|null} */
            outcome: "no_action" | "warning" | "suspension" | "revocation" | null;
            outcomeLabel: components["schemas"]["ComplaintTextView"] | null;
            reference: string;
            /** @enum {string} */
            status: "received" | "dismissed" | "accepted" | "inspected" | "closed";
            statusLabel: components["schemas"]["ComplaintTextView"];
            /** @description Each change of status, oldest first */
            steps: components["schemas"]["ComplaintStepView"][];
            /** Format: date */
            warningDeadline: string | null;
        };
        PublishBusinessVersionDto: {
            /**
             * @description The revision the official validated; publishing refuses a draft edited since (409 BUSINESS_DRAFT_CHANGED)
             * @example 3
             */
            revision?: number;
        };
        PublishedBusinessVersionView: {
            checksum: string;
            /** @description The version the finder showed until now; null for the first */
            previousVersion: number | null;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string;
            slug: string;
            /** @enum {string} */
            status: "current";
            version: number;
        };
        PublishedVersionView: {
            checksum: string;
            previousVersion: number | null;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string;
            slug: string;
            status: components["schemas"]["WorkflowVersionStatus"];
            version: number;
        };
        QuestionChangesView: {
            added: string[];
            changed: components["schemas"]["ChangedQuestionView"][];
            removed: string[];
        };
        QueueLicenceTypeView: {
            name: components["schemas"]["LocalizedText"];
            slug: string;
        };
        QueuePremisesView: {
            address: string;
            districtCode: string;
            provinceCode: string;
            subdistrictCode: string;
        };
        QuizAnswersDto: {
            /**
             * @description Question id → option id, or a list of option ids where the question takes several (see GET /businesses/:slug)
             * @example {
             *       "q1": "q1-a",
             *       "q5": "q5-b"
             *     }
             */
            answers: Record<string, never>;
        };
        QuizConditionView: {
            /**
             * @example [
             *       "q1-a"
             *     ]
             */
            answers: string[];
            /** @example q1 */
            question: string;
        };
        QuizLicenceView: {
            agency?: components["schemas"]["AgencyOfLicenceView"];
            /** @description Whether it can be applied for here; when false only slug, reason and a null name are given */
            availableOnline: boolean;
            /** @example licence */
            category?: string;
            currentVersion?: number;
            fees?: components["schemas"]["FeeSummaryView"][];
            feeText?: components["schemas"]["LocalizedText"];
            kinds?: components["schemas"]["ApplicationKind"][];
            name: components["schemas"]["LocalizedText"] | null;
            processingDays?: number | null;
            processingDaysText?: components["schemas"]["LocalizedText"];
            /**
             * @description Why it is needed: always, or the quiz rule that matched
             * @example always
             */
            reason: string;
            /** @example food-premises-permit */
            slug: string;
        };
        QuizOptionView: {
            /** @example q1-a */
            id: string;
            text: components["schemas"]["LocalizedText"];
        };
        QuizQuestionView: {
            /** @example q1 */
            id: string;
            /** @description Whether several options may be chosen */
            multiple: boolean;
            options: components["schemas"]["QuizOptionView"][];
            text: components["schemas"]["LocalizedText"];
        };
        QuizResultView: {
            /**
             * @example {
             *       "q1": "q1-a"
             *     }
             */
            answers: {
                [key: string]: string | string[];
            };
            business: components["schemas"]["BusinessRefView"];
            licences: components["schemas"]["QuizLicenceView"][];
        };
        QuizRuleView: {
            conditions: components["schemas"]["QuizConditionView"][];
            /** @enum {string} */
            mode: "any" | "all";
        };
        QuizView: {
            questions: components["schemas"]["QuizQuestionView"][];
            /** @description By licence slug: when the licence is needed */
            rules: {
                [key: string]: components["schemas"]["QuizRuleView"];
            };
        };
        RateServiceDto: {
            /**
             * @description Optional, trimmed (CRLF stored as LF), at most 1000 characters, no control character but the line feed; empty is no comment. Read only by the applicant and her office
             * @example เจ้าหน้าที่ให้คำแนะนำชัดเจน / The officer explained clearly
             */
            comment?: string;
            /**
             * @description 1 ไม่พอใจมาก / very dissatisfied … 5 พอใจมาก / very satisfied
             * @example 4
             */
            score: number;
        };
        ReassignDto: {
            /** @description Applications to hand to the user, all or none (at most 100) */
            applicationIds: string[];
            /**
             * @description Id of a staff member of the same office who holds the role the application awaits
             * @example user-officer2-kt
             */
            userId: string;
        };
        ReassignResultView: {
            items: components["schemas"]["AssignmentStateView"][];
        };
        ReceiptView: {
            /** @example 200000 */
            amountSatang: number;
            /** @example สองพันบาทถ้วน */
            amountWordsTh: string;
            /** Format: date-time */
            issuedAt: string;
            /** @description Where its PDF is served */
            pdf: string;
            /** @example BMA-KHLONG-TOEI/2570/000001 */
            receiptNumber: string;
        };
        ReconcileView: {
            /** @description Pending payments compared with the gateway */
            checked: number;
            /** @description Payments past their expiry closed */
            expired: number;
            /** @description Attempts interrupted before the gateway made a charge (no charge carries their idempotency key), ended so a new one can start */
            failed: number;
            /** @description Refunds that a crash or an unreachable gateway had left under way, now done */
            refunded: number;
            /** @description Missed webhooks applied */
            repaired: number;
        };
        RecordComplaintInspectionDto: {
            expectedVersion?: number;
            /** @description What the inspector found */
            findings: string;
            /**
             * Format: date
             * @description The day of the inspection, not in the future
             * @example 2026-12-07
             */
            inspectedOn: string;
        };
        RecordedBreakView: {
            /**
             * @description The anchor’s date, for an `anchor` break
             * @example 2026-12-01
             */
            anchorDate: string | null;
            /**
             * Format: date-time
             * @description When the nightly check found it
             */
            detectedAt: string;
            /**
             * @description `link`: a row edited or removed (its hash or link does not match); `anchor`: the history no longer gives the head a published anchor holds (rewritten or cut short)
             * @enum {string}
             */
            kind: "link" | "anchor";
            /**
             * @description The first entry that does not match (`link`) or the entry the anchor published as head (`anchor`)
             * @example 3
             */
            seq: number;
        };
        RefundHeldPaymentDto: {
            /**
             * @description Why the money goes back (kept in the timeline; the applicant sees it)
             * @example ชำระเกินจำนวน คืนเงินเต็มจำนวน
             */
            reason: string;
            /**
             * @description Money the gateway never saw (counter): the office's reference of how it paid it back
             * @example KT-REFUND-2570-0007
             */
            refundReference?: string;
        };
        RevokeGrantDto: {
            /**
             * @description Why, in a few words (trimmed, 1–500 characters, no control characters); the agent and the principal see it
             * @example เปลี่ยนสำนักงานบัญชี / We changed accounting firms
             */
            reason: string;
        };
        /** @enum {string} */
        Role: "applicant" | "officer" | "approver" | "signer" | "head_of_office" | "workflow_admin" | "system_admin" | "auditor" | "system";
        RuleChangesView: {
            added: string[];
            /** @description Licence slugs whose rule changed */
            changed: string[];
            removed: string[];
        };
        SatisfactionCellsView: {
            /**
             * @description A draft unchanged for this many days counts as abandoned
             * @example 30
             */
            abandonedAfterDays: number;
            /** @description One per month, licence type and office with ratings or started applications, by month, then licence type, then office */
            cells: components["schemas"]["StatisticsCellView"][];
            /** @example 2026-01 */
            from: string;
            /**
             * Format: date-time
             * @description When the counts were read (they are kept up to SATISFACTION_STATISTICS_MAX_AGE_MS, ten minutes by default)
             */
            generatedAt: string;
            /**
             * @description Counts from 1 to one less than this are withheld (null, with `suppressed`)
             * @example 5
             */
            minimumCellSize: number;
            /**
             * @description Send as `after` for the next page; null on the last
             * @example 2026-11|food-premises-permit|bma-khlong-toei
             */
            nextAfter: string | null;
            /** @example 2026-12 */
            to: string;
        };
        SatisfactionCellView: {
            /** @description How many gave each score, 1 to 5; null when suppressed or no ratings */
            distribution: components["schemas"]["ScoreCountView"][] | null;
            /**
             * @description Mean score (1–5), two decimals; null when suppressed or no ratings
             * @example 4.25
             */
            meanScore: number | null;
            /** @description Ratings given in the month; null when 1–4 (suppressed) */
            ratings: number | null;
            /** @description True when 1–4 ratings were given: the figures are withheld so that no one’s rating can be told */
            suppressed: boolean;
        };
        SatisfactionMonthView: {
            completion: components["schemas"]["CompletionCellView"];
            /** @example 2026-12 */
            month: string;
            satisfaction: components["schemas"]["SatisfactionCellView"];
        };
        SatisfactionPeriodView: {
            completion: components["schemas"]["CompletionCellView"];
            satisfaction: components["schemas"]["SatisfactionCellView"];
        };
        SatisfactionRatingView: {
            /** @description Personal data: only the applicant and her office read it */
            comment: string | null;
            /** Format: date-time */
            ratedAt: string;
            /** @example 4 */
            score: number;
        };
        SatisfactionStatisticsView: {
            /**
             * @description A draft unchanged for this many days counts as abandoned
             * @example 30
             */
            abandonedAfterDays: number;
            /** @example 2026-01 */
            from: string;
            /**
             * Format: date-time
             * @description When the counts were read (they are kept up to SATISFACTION_STATISTICS_MAX_AGE_MS, ten minutes by default)
             */
            generatedAt: string;
            /**
             * @description Counts from 1 to one less than this are withheld (null, with `suppressed`)
             * @example 5
             */
            minimumCellSize: number;
            /** @description Every month of the period, oldest first, over the licence types and offices asked for */
            months: components["schemas"]["SatisfactionMonthView"][];
            /** @description The whole period, over the licence types and offices asked for: summed before withholding, then withheld by the same rule */
            overall: components["schemas"]["SatisfactionPeriodView"];
            /** @example 2026-12 */
            to: string;
        };
        SavedFilterView: {
            assignee?: string;
            dueSoon?: boolean;
            kind?: components["schemas"]["ApplicationKind"];
            licenceType?: string;
            mine?: boolean;
            overdue?: boolean;
            status?: components["schemas"]["ApplicationStatus"];
            subdistrict?: string;
            unassigned?: boolean;
        };
        SavedWorkQueueView: {
            /** Format: date-time */
            createdAt: string;
            /** @description Pass its fields as the query of GET /work-queue */
            filter: components["schemas"]["SavedFilterView"];
            /** Format: uuid */
            id: string;
            name: string;
        };
        ScoreCountView: {
            count: number;
            score: number;
        };
        SendEventDto: {
            /** @description A reason or note; required for REJECT and REQUEST_INFO */
            comment?: string;
            /**
             * @description Event data, e.g. {"result":"pass"} for RECORD_INSPECTION
             * @example {
             *       "result": "pass"
             *     }
             */
            data?: Record<string, never>;
            /** @description The version you read; a different current version is a 409 */
            expectedVersion?: number;
            /**
             * @example SUBMIT
             * @enum {string}
             */
            type: "SUBMIT" | "CANCEL" | "RECEIVE" | "ACCEPT" | "REQUEST_INFO" | "RESUBMIT" | "SCHEDULE_INSPECTION" | "RECORD_INSPECTION" | "FORWARD" | "APPROVE" | "REJECT" | "APPROVE_SIGNATURE" | "PAYMENT_SUCCEEDED" | "PAYMENT_FAILED" | "LICENCE_ISSUED" | "CLOSE" | "RENEW" | "AMEND" | "SUSPEND" | "REINSTATE" | "REVOKE" | "EXPIRE" | "CHOOSE_DELIVERY" | "RECORD_DELIVERY";
        };
        ServedSubdistrictView: {
            /** Format: date-time */
            assignedAt: string | null;
            /** @description Who gave it to the office through this API; null when seeded from the file */
            assignedBy: string | null;
            /** @example 500101 */
            code: string;
            /** @description Its district (id = DOPA code) */
            district: components["schemas"]["AgencyRef"];
            name: components["schemas"]["LocalizedText"];
        };
        SetSubdistrictsDto: {
            /**
             * @description Those of the list now served by another office, which this office takes over
             * @example [
             *       "500103"
             *     ]
             */
            handOver?: string[];
            /**
             * @description Every subdistrict the office serves from now on (DOPA, 6 digits); [] serves none
             * @example [
             *       "500101",
             *       "500102"
             *     ]
             */
            subdistricts: string[];
        };
        SignatureTimestampView: {
            /**
             * @description The same time in Bangkok for people, the Thai date in the Buddhist era
             * @example {
             *       "en": "6 December 2026, 01:30:00 (Bangkok time)",
             *       "th": "6 ธันวาคม 2569 เวลา 01:30:00 น."
             *     }
             */
            bangkok: components["schemas"]["LocalizedText"];
            /**
             * Format: date-time
             * @description The time the TSA gives (genTime), ISO 8601 UTC
             * @example 2026-12-05T18:30:00.000Z
             */
            time: string;
            /** @description The timestamp's TSA signature holds, covers this signature and its certificate chains to a trust anchor */
            trusted: boolean;
            /** @description Subject of the TSA's certificate */
            tsa: string | null;
        };
        SignedInDto: {
            /** @description The session token to send as `Authorization: Bearer …`; absent when the session was handed to the browser as its cookie */
            accessToken?: string;
            /**
             * @description When the session ends (ISO 8601)
             * @example 2026-01-15T10:00:00.000Z
             */
            expiresAt: string;
            user: components["schemas"]["AuthenticatedUserDto"];
        };
        SignerCertificateView: {
            commonName: string;
            issuer: string;
            serialNumber: string;
            /** @description SHA-256 of the certificate */
            sha256: string;
            subject: string;
            /** Format: date-time */
            validFrom: string;
            /** Format: date-time */
            validTo: string;
        };
        SimulatedActorDto: {
            /** @description The sender's office; officers and approvers default to the simulated application's office, others to none */
            agencyId?: Record<string, never> | null;
            /** @description The sender's user id; an applicant defaults to the simulated application's applicant */
            id?: string;
            /**
             * @example [
             *       "officer"
             *     ]
             */
            roles: ("applicant" | "officer" | "approver" | "signer" | "head_of_office" | "workflow_admin" | "system_admin" | "auditor" | "system")[];
        };
        SimulatedEventDto: {
            as: components["schemas"]["SimulatedActorDto"];
            comment?: string;
            /**
             * @example {
             *       "result": "pass"
             *     }
             */
            data?: Record<string, never>;
            /**
             * @description An event word; one outside the vocabulary is reported in the result
             * @example SUBMIT
             */
            type: string;
        };
        SimulateWorkflowDto: {
            context?: components["schemas"]["SimulationContextDto"];
            /**
             * @example [
             *       {
             *         "as": {
             *           "roles": [
             *             "applicant"
             *           ]
             *         },
             *         "type": "SUBMIT"
             *       },
             *       {
             *         "as": {
             *           "roles": [
             *             "officer"
             *           ]
             *         },
             *         "type": "RECEIVE"
             *       },
             *       {
             *         "as": {
             *           "roles": [
             *             "officer"
             *           ]
             *         },
             *         "type": "APPROVE"
             *       }
             *     ]
             */
            events: components["schemas"]["SimulatedEventDto"][];
        };
        SimulationContextDto: {
            /** @default simulated-office */
            agencyId: Record<string, never> | null;
            /** @default simulated-applicant */
            applicantId: string;
            /**
             * @description How the applicant chose to receive the licence (the deliveryRecordFits guard)
             * @default e-licence
             * @enum {string}
             */
            deliveryMethod: "e-licence" | "pickup" | "post";
            /**
             * @description Whether every required document is attached (the documentsComplete guard)
             * @default true
             */
            documentsComplete: boolean;
            /**
             * @description Whether the form is complete (the formComplete guard)
             * @default true
             */
            formComplete: boolean;
            /**
             * @description Whether every item of the office's open information request is answered (the informationAnswered guard)
             * @default true
             */
            informationAnswered: boolean;
            /**
             * @default new
             * @enum {string}
             */
            kind: "new" | "renew" | "amend" | "cancel";
        };
        SimulationResultView: {
            accepted: number;
            /** @description The simulated application’s facts */
            context: {
                [key: string]: unknown;
            };
            /** @description {state, status, label, done} at the end */
            final: {
                [key: string]: unknown;
            };
            /** @description {state, status, label, effects} at the start */
            initial: {
                [key: string]: unknown;
            };
            refused: number;
            slug: string;
            /** @description Each event: index, event, as, from, ok, to, status, label, effects, done, and refusal when refused */
            steps: {
                [key: string]: unknown;
            }[];
            version: number;
        };
        SmsPreferenceDto: {
            enabled: boolean;
            /**
             * @description A Thai mobile number (0[689] and 8 digits, or +66…); stored as E.164
             * @example 081-234-5678
             */
            phone: string | null;
        };
        SmsPreferenceView: {
            enabled: boolean;
            /**
             * @description E.164
             * @example +66812345678
             */
            phone: string | null;
        };
        StaffInvitationView: {
            /** Format: date-time */
            acceptedAt: string | null;
            /** @description The account that accepted it */
            acceptedUserId: string | null;
            /** @example chiang-mai-city */
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The administrator who invited */
            createdBy: string;
            id: string;
            /**
             * @description The national ID with all but its last three digits hidden
             * @example X-XXXX-XXXXX-23-3
             */
            nationalIdMasked: string;
            /** Format: date-time */
            revokedAt: string | null;
            /**
             * @example [
             *       "officer"
             *     ]
             */
            roles: string[];
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked";
        };
        StaffMemberView: {
            displayName: components["schemas"]["LocalizedText"];
            /** @example user-officer-kt */
            id: string;
            /** @example officer.khlongtoei */
            username: string;
        };
        StartBundlePaymentDto: {
            /**
             * @description Fees paid together go by one PromptPay QR
             * @enum {string}
             */
            method: "promptpay";
        };
        StartMigrationDto: {
            /** @description Target states that may wait for another kind of actor than their source state */
            allowActorChange?: string[];
            /**
             * @description Only compute and return the plan; nothing is stored or moved
             * @default false
             */
            dryRun: boolean;
            filter?: components["schemas"]["MigrationFilterDto"];
            /**
             * @description The published version the applications are on
             * @example 1
             */
            fromVersion: number;
            /**
             * @description Run even though some applications lack what their target state needs: they are recorded as refused and stay where they are
             * @default false
             */
            skipRefused: boolean;
            /**
             * @description For each source state holding live applications, the state of the target version it goes to
             * @example {
             *       "checking": "checking",
             *       "consideration": "consideration",
             *       "submitted": "submitted"
             *     }
             */
            stateMapping: {
                [key: string]: string;
            };
            /**
             * @description The published version they move to
             * @example 2
             */
            toVersion: number;
        };
        StartPaymentDto: {
            card?: components["schemas"]["CardTokenDto"];
            /** @enum {string} */
            method: "promptpay" | "card";
        };
        StateReachedView: {
            label: components["schemas"]["LocalizedText"];
            state: string;
            status: components["schemas"]["ApplicationStatus"];
            statusLabel: components["schemas"]["LocalizedText"];
        };
        StateRefView: {
            label: components["schemas"]["LocalizedText"];
            state: string;
        };
        StatisticsCellView: {
            completion: components["schemas"]["CompletionCellView"];
            licenceType: components["schemas"]["LicenceTypeRefView"];
            /**
             * @description Bangkok month: when the ratings were given, and when the applications were started
             * @example 2026-12
             */
            month: string;
            /** @description The office responsible for the applications */
            office: components["schemas"]["AgencyRef"];
            satisfaction: components["schemas"]["SatisfactionCellView"];
        };
        StatisticsFiltersView: {
            licenceType: string | null;
            office: string | null;
        };
        StatisticsLicenceTypesView: {
            filters: components["schemas"]["StatisticsFiltersView"];
            /** Format: date-time */
            generatedAt: string;
            /** @description Licence types with any figure (in the period, or in progress now), by slug */
            items: components["schemas"]["LicenceTypeFiguresView"][];
            /** @description How processing time is measured and what is suppressed */
            measurement: components["schemas"]["LocalizedNameView"];
            period: components["schemas"]["PeriodView"];
        };
        StatisticsMonthsView: {
            filters: components["schemas"]["StatisticsFiltersView"];
            /** Format: date-time */
            generatedAt: string;
            /** @description How processing time is measured and what is suppressed */
            measurement: components["schemas"]["LocalizedNameView"];
            /** @description One entry per month of the period, oldest first, months without activity included */
            months: components["schemas"]["MonthFiguresView"][];
            period: components["schemas"]["PeriodView"];
        };
        StatisticsOfficesView: {
            filters: components["schemas"]["StatisticsFiltersView"];
            /** Format: date-time */
            generatedAt: string;
            /** @description Offices with any figure (in the period, or in progress now), by id */
            items: components["schemas"]["OfficeFiguresView"][];
            /** @description How processing time is measured and what is suppressed */
            measurement: components["schemas"]["LocalizedNameView"];
            period: components["schemas"]["PeriodView"];
        };
        StatisticsSummaryView: {
            /** @description The figures over the whole period */
            figures: components["schemas"]["FiguresView"];
            filters: components["schemas"]["StatisticsFiltersView"];
            /** Format: date-time */
            generatedAt: string;
            /** @description How processing time is measured and what is suppressed */
            measurement: components["schemas"]["LocalizedNameView"];
            now: components["schemas"]["NowView"];
            period: components["schemas"]["PeriodView"];
            /** @description The statutory processing days of the licence type filtered on (its current version); null without that filter or when not stated */
            statutoryDays: number | null;
        };
        StatusHelpView: {
            label: components["schemas"]["LocalizedText"];
            /** @example inspection */
            status: string;
        };
        SubmitBundleDto: {
            /** @description The applicant’s consent to the current privacy notice, given once for every application submitted */
            privacyConsent: components["schemas"]["BundlePrivacyConsentDto"];
        };
        SuppressionView: {
            /** @example false */
            secondarySuppression: boolean;
            /** @example 5 */
            threshold: number;
        };
        TemplateHelpView: {
            description: string;
            /** @example licence */
            name: string;
            /** @description JSON Schema of machine.params for this template */
            paramsSchema: {
                [key: string]: unknown;
            };
        };
        ThaiTextView: {
            /**
             * @description Buddhist-era dates
             * @example 5 ธันวาคม 2569 – 4 ธันวาคม 2570
             */
            th: string;
        };
        TimelineAnchorView: {
            /**
             * @description The newest published anchor holding this application
             * @example 2026-12-01
             */
            date: string;
            /**
             * @description The entry whose hash it published as the head
             * @example 5
             */
            eventSeq: number;
            /** @description Whether the history recomputed from its rows still gives that head */
            matches: boolean;
        };
        TimelineCurrentView: {
            /**
             * @description Who the current state waits for; null when done
             * @enum {string|null}
             */
            awaiting: "applicant" | "officer" | "approver" | "signer" | "system" | null;
            /** Format: date-time */
            dueAt: string | null;
            overdue: boolean;
            /** Format: date-time */
            since: string | null;
            state: string;
            stateLabel: components["schemas"]["LocalizedText"];
            status: components["schemas"]["ApplicationStatus"];
            statusLabel: components["schemas"]["LocalizedText"];
        };
        TimelineEntryView: {
            actor: components["schemas"]["ActorView"];
            /** Format: date-time */
            at: string;
            comment: string | null;
            /** @description The event’s data (e.g. `licenceNumber` of LICENCE_ISSUED) */
            data: {
                [key: string]: unknown;
            } | null;
            /** @example SUBMIT */
            event: string;
            eventLabel: components["schemas"]["LocalizedText"];
            from: components["schemas"]["StateRefView"];
            /** @description SHA-256 chaining this entry to the previous one */
            hash: string;
            /** @description Sent by an agent under a grant: the actor is the agent, acting for this principal (recorded in the entry’s data) */
            onBehalfOf: components["schemas"]["OnBehalfOfView"] | null;
            /** @example 1 */
            seq: number;
            to: components["schemas"]["StateReachedView"];
        };
        TimelineView: {
            /** Format: uuid */
            applicationId: string;
            /** Format: date-time */
            createdAt: string;
            current: components["schemas"]["TimelineCurrentView"];
            entries: components["schemas"]["TimelineEntryView"][];
            integrity: components["schemas"]["IntegrityView"];
            trackingNumber: string;
        };
        TrackAgencyView: {
            name: components["schemas"]["LocalizedText"];
        };
        TrackLicenceTypeView: {
            name: components["schemas"]["LocalizedText"];
            slug: string;
        };
        TrackStepView: {
            /** Format: date-time */
            at: string;
            stateLabel: components["schemas"]["LocalizedText"];
            status: components["schemas"]["ApplicationStatus"];
            statusLabel: components["schemas"]["LocalizedText"];
        };
        TrackView: {
            agency: components["schemas"]["TrackAgencyView"] | null;
            /** Format: date-time */
            dueAt: string | null;
            /** Format: date-time */
            expectedCompletionAt: string | null;
            licenceType: components["schemas"]["TrackLicenceTypeView"];
            stateLabel: components["schemas"]["LocalizedText"];
            status: components["schemas"]["ApplicationStatus"];
            statusLabel: components["schemas"]["LocalizedText"];
            steps: components["schemas"]["TrackStepView"][];
            /** Format: date-time */
            submittedAt: string | null;
            trackingNumber: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TriageComplaintDto: {
            /** @enum {string} */
            decision: "accept" | "dismiss";
            /** @description The version read; a stale one is 409 */
            expectedVersion?: number;
            /** @description Why: shown to the complainant (and, once accepted, to the holder) */
            note: string;
        };
        UnreadCountView: {
            count: number;
        };
        UpdateApplicationFormDto: {
            /**
             * @description The applicant confirms the data pre-filled from government records; required before SUBMIT
             * @example true
             */
            confirmApplicantData?: boolean;
            /** @description The version you read; a different current version is a 409 */
            expectedVersion?: number;
            /**
             * @description Fields to change; a field set to null is removed
             * @example {
             *       "seats": 80
             *     }
             */
            form?: Record<string, never>;
        };
        ValidationResultView: {
            /** @description Problems by state */
            byState: {
                [key: string]: string[];
            };
            /** @description Problems of no one state */
            general: string[];
            problems: components["schemas"]["DefinitionProblemView"][];
            slug: string;
            valid: boolean;
            version: number;
        };
        ValidityView: {
            months?: number;
            note?: string;
            years?: number;
        };
        VerifyChecksView: {
            certificateTrusted: boolean;
            certificateValidAtSigning: boolean;
            coversWholeFile: boolean;
            documentIntact: boolean;
            isPdf: boolean;
            matchesIssuedRecord: boolean;
            signatureVerifies: boolean;
            signed: boolean;
        };
        VerifyUploadView: {
            checks: components["schemas"]["VerifyChecksView"];
            /** @description The issued record the file matches (public view) */
            licence: components["schemas"]["LicenceSummaryView"] | null;
            message: string;
            /** @description The PAdES level and signature timestamp, when the signature verified */
            pades: components["schemas"]["PadesView"] | null;
            /** @description SHA-256 of the uploaded file */
            sha256: string;
            signer: components["schemas"]["SignerCertificateView"] | null;
            valid: boolean;
            /**
             * @description valid, a problem of the file (not-a-pdf, no-signature, malformed-signature, truncated, appended-data, digest-mismatch, signature-invalid, untrusted-certificate, certificate-expired, certificate-revoked), not-issued-by-us, or licence-<status>
             * @example valid
             */
            verdict: string;
        };
        WebhookReceiptView: {
            /** @enum {string} */
            outcome: "unknown-charge" | "pending" | "applied" | "already-applied" | "recorded" | "held" | "refunded" | "duplicate" | "ignored";
            /** @enum {boolean} */
            received: true;
        };
        WorkflowDefinitionDto: {
            /**
             * @description A whole licence file, as in workflows/licences/*.json: slug, name, agency, legalBasis, processingDays, validity, fees, form, documents, and machine, either full XState JSON or {"template": "licence", "params": {…}}
             * @example {
             *       "agency": {
             *         "level": "local"
             *       },
             *       "documents": [],
             *       "fees": [
             *         {
             *           "amountSatang": 30000,
             *           "code": "licence",
             *           "due": "after-approval"
             *         }
             *       ],
             *       "form": {
             *         "properties": {
             *           "stallName": {
             *             "type": "string"
             *           }
             *         },
             *         "required": [
             *           "stallName"
             *         ],
             *         "type": "object"
             *       },
             *       "legalBasis": "พ.ร.บ. รักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. 2535",
             *       "machine": {
             *         "params": {
             *           "fee": "licence",
             *           "inspection": true,
             *           "planApproval": false,
             *           "slaDays": {
             *             "check": 3,
             *             "decision": 7
             *           }
             *         },
             *         "template": "licence"
             *       },
             *       "name": {
             *         "en": "Street stall permit",
             *         "th": "ใบอนุญาตจำหน่ายสินค้าในที่สาธารณะ"
             *       },
             *       "processingDays": 15,
             *       "slug": "street-stall-permit",
             *       "validity": {
             *         "years": 1
             *       }
             *     }
             */
            definition: Record<string, never>;
        };
        WorkflowDiffView: {
            documents: components["schemas"]["ChangeListView"];
            fees: components["schemas"]["ChangeListView"];
            form: unknown[];
            from: number;
            identical: boolean;
            /** @description The initial state’s change, if any */
            initial: {
                [key: string]: unknown;
            } | null;
            other: unknown[];
            processingDays: {
                [key: string]: unknown;
            } | null;
            slug: string;
            states: components["schemas"]["ChangeListView"];
            /** @description The changes in words */
            summary: string[];
            to: number;
        };
        WorkflowGraphView: {
            initial: string | null;
            states: components["schemas"]["GraphStateView"][];
            transitions: components["schemas"]["GraphTransitionView"][];
        };
        /** @enum {string} */
        WorkflowVersionStatus: "draft" | "published" | "superseded" | "current";
        WorkflowVersionSummaryView: {
            /** @description SHA-256 of the canonical definition */
            checksum: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: date-time */
            publishedAt: string | null;
            publishedBy: string | null;
            /** @description Applications still running on this version */
            runningApplications: number;
            /** @example food-premises-permit */
            slug: string;
            status: components["schemas"]["WorkflowVersionStatus"];
            /** @example 1 */
            version: number;
        };
        WorkflowVersionView: {
            /** @description SHA-256 of the canonical definition */
            checksum: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** @description The whole workflow definition (as a licence file in workflows/licences) */
            definition: {
                [key: string]: unknown;
            };
            /**
             * @description Applications on this version per state the machine does not end in (a licence in force included; states with none left out): what a migration has to map
             * @example {
             *       "checking": 3,
             *       "consideration": 1
             *     }
             */
            liveByState: {
                [key: string]: number;
            };
            /** Format: date-time */
            publishedAt: string | null;
            publishedBy: string | null;
            /** @description Applications still running on this version */
            runningApplications: number;
            /** @example food-premises-permit */
            slug: string;
            status: components["schemas"]["WorkflowVersionStatus"];
            /** @example 1 */
            version: number;
        };
        WorkflowView: {
            /** @description The XState machine: id, initial, states */
            machine: {
                [key: string]: unknown;
            };
            /** @example food-premises-permit */
            slug: string;
            /** @description The workflow statuses with their labels */
            statuses: {
                [key: string]: unknown;
            };
            /** @example 1 */
            version: number;
        };
        WorkQueueCountsView: {
            /** @description Everything in my queue under the other filters (status, licenceType, subdistrict, assignee, kind) */
            all: number;
            /** @description Of those, due soon (not overdue) */
            dueSoon: number;
            /** @description Of those, held by me */
            mine: number;
            /** @description Of those, past their due date */
            overdue: number;
            /** @description Of those, held by nobody */
            unassigned: number;
        };
        WorkQueueFilterDto: {
            /**
             * @description Only applications this staff member holds
             * @example user-officer-kt
             */
            assignee?: string;
            /** @description Only applications due within DUE_SOON_WORKING_DAYS (2) working days and not yet overdue */
            dueSoon?: boolean;
            /** @description Only this kind of request */
            kind?: components["schemas"]["ApplicationKind"];
            /**
             * @description Only this licence type (slug)
             * @example food-sale-permit
             */
            licenceType?: string;
            /** @description Only applications I hold */
            mine?: boolean;
            /** @description Only applications past their due date */
            overdue?: boolean;
            /** @description Only applications with this status */
            status?: components["schemas"]["ApplicationStatus"];
            /**
             * @description Only premises in this subdistrict (6-digit DOPA code)
             * @example 103301
             */
            subdistrict?: string;
            /** @description Only applications nobody holds */
            unassigned?: boolean;
        };
        WorkQueueItemView: {
            /** Format: date-time */
            assignedAt: string | null;
            assignedTo: components["schemas"]["StaffMemberView"] | null;
            /**
             * @description Who the current state waits for; null when done
             * @enum {string|null}
             */
            awaiting: "applicant" | "officer" | "approver" | "signer" | "system" | null;
            /** Format: date-time */
            dueAt: string | null;
            /** @description Not overdue, and due within 2 working days (Bangkok, holidays excluded) */
            dueSoon: boolean;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ApplicationKind"];
            licenceType: components["schemas"]["QueueLicenceTypeView"];
            overdue: boolean;
            premises: components["schemas"]["QueuePremisesView"] | null;
            state: string;
            stateLabel: components["schemas"]["LocalizedText"];
            status: components["schemas"]["ApplicationStatus"];
            /**
             * Format: date-time
             * @description When the applicant filed it
             */
            submittedAt: string | null;
            trackingNumber: string;
            /** Format: date-time */
            waitingSince: string | null;
            /** @description Bangkok working days, holidays excluded; negative when behind */
            workingDaysLeft: number | null;
        };
        WorkQueueView: {
            /** @description A count per tab, ignoring the tab filters (mine, unassigned, overdue, dueSoon) and the page */
            counts: components["schemas"]["WorkQueueCountsView"];
            /** @description Oldest due first (no due date last), then oldest created, then id */
            items: components["schemas"]["WorkQueueItemView"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    businessTypesAdmin_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminBusinessTypeView"][];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    businessTypesAdmin_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBusinessTypeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessVersionView"];
                };
            };
            /**
             * @description - `BUSINESS_TYPE_CONTENT_INVALID`: The business type is not well formed: {problems}
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_TYPE_CONTENT_INVALID" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `BUSINESS_TYPE_EXISTS`: Business type '{slug}' already exists: draft a new version with POST /api/v1/admin/businesses/{slug}/versions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_TYPE_EXISTS";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    businessTypesAdmin_diff: {
        parameters: {
            query: {
                /** @description The version to compare from */
                from: number;
                /** @description The version to compare to */
                to: number;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessTypeDiffView"];
                };
            };
            /** @description - `VALIDATION_FAILED`: The request is invalid: {problems} */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /**
             * @description - `BUSINESS_TYPE_NOT_FOUND`: No business type '{slug}'
             *     - `BUSINESS_VERSION_NOT_FOUND`: Business type '{slug}' has no version {version}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_TYPE_NOT_FOUND" | "BUSINESS_VERSION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    businessTypesAdmin_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessVersionSummaryView"][];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `BUSINESS_TYPE_NOT_FOUND`: No business type '{slug}' */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_TYPE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    businessTypesAdmin_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftBusinessVersionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessVersionView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /**
             * @description - `BUSINESS_TYPE_NOT_FOUND`: No business type '{slug}'
             *     - `BUSINESS_VERSION_NOT_FOUND`: Business type '{slug}' has no version {version}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_TYPE_NOT_FOUND" | "BUSINESS_VERSION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `BUSINESS_DRAFT_EXISTS`: Business type '{slug}' already has a draft, version {version}: edit it, or publish it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_DRAFT_EXISTS";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    businessTypesAdmin_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessVersionView"];
                };
            };
            /**
             * @description - `BUSINESS_VERSION_NUMBER_INVALID`: The version must be a whole number, e.g. 2
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_VERSION_NUMBER_INVALID" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /**
             * @description - `BUSINESS_TYPE_NOT_FOUND`: No business type '{slug}'
             *     - `BUSINESS_VERSION_NOT_FOUND`: Business type '{slug}' has no version {version}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_TYPE_NOT_FOUND" | "BUSINESS_VERSION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    businessTypesAdmin_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditBusinessVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessVersionView"];
                };
            };
            /**
             * @description - `BUSINESS_VERSION_NUMBER_INVALID`: The version must be a whole number, e.g. 2
             *     - `BUSINESS_TYPE_CONTENT_INVALID`: The business type is not well formed: {problems}
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_VERSION_NUMBER_INVALID" | "BUSINESS_TYPE_CONTENT_INVALID" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /**
             * @description - `BUSINESS_TYPE_NOT_FOUND`: No business type '{slug}'
             *     - `BUSINESS_VERSION_NOT_FOUND`: Business type '{slug}' has no version {version}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_TYPE_NOT_FOUND" | "BUSINESS_VERSION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `BUSINESS_VERSION_NOT_DRAFT`: Version {version} of {slug} was published ({publishedAt} by {publishedBy}) and cannot change: draft a new version
             *     - `BUSINESS_DRAFT_CHANGED`: Someone else saved this draft meanwhile (revision {current}, you sent {sent}): reload it and make your change again
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_VERSION_NOT_DRAFT" | "BUSINESS_DRAFT_CHANGED";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    businessTypesAdmin_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishBusinessVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedBusinessVersionView"];
                };
            };
            /**
             * @description - `BUSINESS_VERSION_NUMBER_INVALID`: The version must be a whole number, e.g. 2
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_VERSION_NUMBER_INVALID" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /**
             * @description - `BUSINESS_TYPE_NOT_FOUND`: No business type '{slug}'
             *     - `BUSINESS_VERSION_NOT_FOUND`: Business type '{slug}' has no version {version}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_TYPE_NOT_FOUND" | "BUSINESS_VERSION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `BUSINESS_VERSION_NOT_DRAFT`: Version {version} of {slug} was published ({publishedAt} by {publishedBy}) and cannot change: draft a new version
             *     - `BUSINESS_DRAFT_CHANGED`: Someone else saved this draft meanwhile (revision {current}, you sent {sent}): reload it and make your change again
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_VERSION_NOT_DRAFT" | "BUSINESS_DRAFT_CHANGED";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `BUSINESS_TYPE_INVALID`: Version {version} of {slug} cannot be published: {problems} */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_TYPE_INVALID";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    businessTypesAdmin_validate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessValidationView"];
                };
            };
            /**
             * @description - `BUSINESS_VERSION_NUMBER_INVALID`: The version must be a whole number, e.g. 2
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_VERSION_NUMBER_INVALID" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /**
             * @description - `BUSINESS_TYPE_NOT_FOUND`: No business type '{slug}'
             *     - `BUSINESS_VERSION_NOT_FOUND`: Business type '{slug}' has no version {version}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_TYPE_NOT_FOUND" | "BUSINESS_VERSION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    holidaysAdmin_add: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHolidayDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayEntryView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `HOLIDAY_EXISTS`: {date} is already a holiday: {name} */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "HOLIDAY_EXISTS";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /**
             * @description - `HOLIDAY_NOT_A_DATE`: {date} is not a calendar date
             *     - `HOLIDAY_ON_WEEKEND`: {date} is a Saturday or Sunday, already not a working day (did you mean its substitution day?)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "HOLIDAY_NOT_A_DATE" | "HOLIDAY_ON_WEEKEND";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    holidaysAdmin_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The holiday removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayEntryView"];
                };
            };
            /** @description - `HOLIDAY_DATE_MALFORMED`: date must be written YYYY-MM-DD, not '{date}' */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "HOLIDAY_DATE_MALFORMED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `HOLIDAY_NOT_FOUND`: {date} is not a holiday in the calendar */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "HOLIDAY_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    adminWorkflows_licenceTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLicenceTypeView"][];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    adminWorkflows_createLicenceType: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowDefinitionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftVersionView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `LICENCE_TYPE_EXISTS`: Licence type '{slug}' already exists: draft a new version with POST /api/v1/admin/licence-types/{slug}/versions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_TYPE_EXISTS";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `WORKFLOW_DEFINITION_INVALID`: {refusalEn} ({version}): {problems} */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORKFLOW_DEFINITION_INVALID";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    adminWorkflows_diff: {
        parameters: {
            query: {
                /** @description The version to compare from */
                from: number;
                /** @description The version to compare to */
                to: number;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowDiffView"];
                };
            };
            /** @description - `VALIDATION_FAILED`: The request is invalid: {problems} */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /**
             * @description - `LICENCE_TYPE_NOT_FOUND`: No licence type '{slug}'
             *     - `WORKFLOW_VERSION_NOT_FOUND`: {slug} has no workflow version {version}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_TYPE_NOT_FOUND" | "WORKFLOW_VERSION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    adminMigrations_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MigrationView"][];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `LICENCE_TYPE_NOT_FOUND`: No licence type '{slug}' */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_TYPE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    adminMigrations_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartMigrationDto"];
            };
        };
        responses: {
            /** @description dryRun: the plan, nothing stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MigrationPlanView"];
                };
            };
            /** @description The run, started; follow it with GET …/migrations/{id} */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MigrationView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `LICENCE_TYPE_NOT_FOUND`: No licence type '{slug}' */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_TYPE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `MIGRATION_ALREADY_RUNNING`: Migration {id} of {slug} is still running; wait for its report */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MIGRATION_ALREADY_RUNNING";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /**
             * @description - `MIGRATION_SAME_VERSION`: fromVersion and toVersion are both {version}: a migration moves applications to another version
             *     - `MIGRATION_VERSION_NOT_PUBLISHED`: Applications move only between published versions of {slug}: {problems}
             *     - `MIGRATION_SOURCE_STATE_UNKNOWN`: Version {fromVersion} has no state named {states}
             *     - `MIGRATION_SOURCE_STATE_UNMAPPED`: Live applications wait in states the plan does not map: {states}
             *     - `MIGRATION_TARGET_STATE_UNKNOWN`: Version {toVersion} has no state named {states}
             *     - `MIGRATION_TARGET_STATE_FINAL`: A running application cannot be moved into a final state: {states}
             *     - `MIGRATION_ACTOR_CHANGE`: These targets wait for another kind of actor than their source; list them in allowActorChange if that is intended: {states}
             *     - `MIGRATION_APPLICATIONS_REFUSED`: {count} applications lack what their target state needs (see the dry run); narrow the filter, change the mapping, or send skipRefused: true to move the others
             *     - `MIGRATION_NOTHING_TO_MOVE`: No live application of {slug} version {fromVersion} matches the plan: nothing to migrate
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MIGRATION_SAME_VERSION" | "MIGRATION_VERSION_NOT_PUBLISHED" | "MIGRATION_SOURCE_STATE_UNKNOWN" | "MIGRATION_SOURCE_STATE_UNMAPPED" | "MIGRATION_TARGET_STATE_UNKNOWN" | "MIGRATION_TARGET_STATE_FINAL" | "MIGRATION_ACTOR_CHANGE" | "MIGRATION_APPLICATIONS_REFUSED" | "MIGRATION_NOTHING_TO_MOVE";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    adminMigrations_report: {
        parameters: {
            query?: {
                /** @description Only the applications with this outcome */
                outcome?: "pending" | "moved" | "refused" | "skipped";
            };
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MigrationReportView"];
                };
            };
            /** @description - `VALIDATION_FAILED`: The request is invalid: {problems} */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /**
             * @description - `LICENCE_TYPE_NOT_FOUND`: No licence type '{slug}'
             *     - `MIGRATION_NOT_FOUND`: {slug} has no migration {id}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_TYPE_NOT_FOUND" | "MIGRATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    adminWorkflows_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowVersionSummaryView"][];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `LICENCE_TYPE_NOT_FOUND`: No licence type '{slug}' */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_TYPE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    adminWorkflows_createVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowDefinitionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftVersionView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `LICENCE_TYPE_NOT_FOUND`: No licence type '{slug}' */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_TYPE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `WORKFLOW_DEFINITION_INVALID`: {refusalEn} ({version}): {problems} */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORKFLOW_DEFINITION_INVALID";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    adminWorkflows_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowVersionView"];
                };
            };
            /**
             * @description - `WORKFLOW_VERSION_NUMBER_INVALID`: The version must be a whole number, e.g. 2
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORKFLOW_VERSION_NUMBER_INVALID" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /**
             * @description - `LICENCE_TYPE_NOT_FOUND`: No licence type '{slug}'
             *     - `WORKFLOW_VERSION_NOT_FOUND`: {slug} has no workflow version {version}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_TYPE_NOT_FOUND" | "WORKFLOW_VERSION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    adminWorkflows_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedVersionView"];
                };
            };
            /**
             * @description - `WORKFLOW_VERSION_NUMBER_INVALID`: The version must be a whole number, e.g. 2
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORKFLOW_VERSION_NUMBER_INVALID" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /**
             * @description - `LICENCE_TYPE_NOT_FOUND`: No licence type '{slug}'
             *     - `WORKFLOW_VERSION_NOT_FOUND`: {slug} has no workflow version {version}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_TYPE_NOT_FOUND" | "WORKFLOW_VERSION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `WORKFLOW_VERSION_ALREADY_PUBLISHED`: Version {version} of {slug} was already published ({publishedAt} by {publishedBy}); draft a new version to change it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORKFLOW_VERSION_ALREADY_PUBLISHED";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `WORKFLOW_DEFINITION_INVALID`: {refusalEn} ({version}): {problems} */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORKFLOW_DEFINITION_INVALID";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    adminWorkflows_simulate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SimulateWorkflowDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimulationResultView"];
                };
            };
            /**
             * @description - `WORKFLOW_VERSION_NUMBER_INVALID`: The version must be a whole number, e.g. 2
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORKFLOW_VERSION_NUMBER_INVALID" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /**
             * @description - `LICENCE_TYPE_NOT_FOUND`: No licence type '{slug}'
             *     - `WORKFLOW_VERSION_NOT_FOUND`: {slug} has no workflow version {version}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_TYPE_NOT_FOUND" | "WORKFLOW_VERSION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `WORKFLOW_DEFINITION_INVALID`: {refusalEn} ({version}): {problems} */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORKFLOW_DEFINITION_INVALID";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    adminWorkflows_validate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationResultView"];
                };
            };
            /**
             * @description - `WORKFLOW_VERSION_NUMBER_INVALID`: The version must be a whole number, e.g. 2
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORKFLOW_VERSION_NUMBER_INVALID" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /**
             * @description - `LICENCE_TYPE_NOT_FOUND`: No licence type '{slug}'
             *     - `WORKFLOW_VERSION_NOT_FOUND`: {slug} has no workflow version {version}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_TYPE_NOT_FOUND" | "WORKFLOW_VERSION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    offices_list: {
        parameters: {
            query?: {
                /** @description The previous page’s nextAfter: offices are listed by id */
                after?: string;
                limit?: number;
                /** @description Only the offices of this province */
                province?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeListView"];
                };
            };
            /** @description - `VALIDATION_FAILED`: The request is invalid: {problems} */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    offices_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOfficeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeDetailView"];
                };
            };
            /**
             * @description - `OFFICE_PROVINCE_UNKNOWN`: {code} is not a Thai province code (DOPA, 2 digits)
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "OFFICE_PROVINCE_UNKNOWN" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `OFFICE_ID_TAKEN`: An agency with the id {id} exists already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "OFFICE_ID_TAKEN";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    offices_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeDetailView"];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `OFFICE_NOT_FOUND`: No local office {id} */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "OFFICE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    offices_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteStaffDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffInvitationView"];
                };
            };
            /**
             * @description - `STAFF_NATIONAL_ID_INVALID`: The national ID is invalid: {problem}
             *     - `STAFF_ROLE_NOT_ALLOWED`: Roles {roles} cannot be given by invitation (only officer, approver, signer, head_of_office)
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "STAFF_NATIONAL_ID_INVALID" | "STAFF_ROLE_NOT_ALLOWED" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `OFFICE_NOT_FOUND`: No local office {id} */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "OFFICE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `STAFF_ACCOUNT_HAS_ROLES`: This person’s account already holds {roles}; an invitation only turns an applicant or a new account into office staff
             *     - `STAFF_INVITATION_OPEN`: This person has an open invitation already (office {agencyId}): revoke it first
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "STAFF_ACCOUNT_HAS_ROLES" | "STAFF_INVITATION_OPEN";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    offices_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation, revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffInvitationView"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `STAFF_INVITATION_NOT_FOUND`: No invitation {id} for office {agencyId} */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "STAFF_INVITATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `STAFF_INVITATION_ACCEPTED`: The invitation was accepted on {acceptedAt}: it can no longer be revoked
             *     - `STAFF_INVITATION_REVOKED`: The invitation was revoked on {revokedAt}
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "STAFF_INVITATION_ACCEPTED" | "STAFF_INVITATION_REVOKED";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    offices_setSubdistricts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetSubdistrictsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeDetailView"];
                };
            };
            /**
             * @description - `OFFICE_SUBDISTRICT_UNKNOWN`: Not subdistrict codes (DOPA, 6 digits): {codes}
             *     - `OFFICE_SUBDISTRICT_OUTSIDE_PROVINCE`: Subdistricts {codes} lie outside the office’s province {province}
             *     - `OFFICE_HANDOVER_NOT_SERVED`: handOver may only name subdistricts in the list that another office serves now: {codes}
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "OFFICE_SUBDISTRICT_UNKNOWN" | "OFFICE_SUBDISTRICT_OUTSIDE_PROVINCE" | "OFFICE_HANDOVER_NOT_SERVED" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `OFFICE_NOT_FOUND`: No local office {id} */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "OFFICE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `OFFICE_MANAGED_BY_FILE`: The subdistricts of {id} come from workflows/areas.json and are not edited here (another office may take them over with handOver)
             *     - `OFFICE_SUBDISTRICT_TAKEN`: Subdistricts already served by another office: {codes}. List them in handOver to take them over
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "OFFICE_MANAGED_BY_FILE" | "OFFICE_SUBDISTRICT_TAKEN";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    adminWorkflowEditor_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewWorkflowDraftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftPreviewView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `LICENCE_TYPE_NOT_FOUND`: No licence type '{slug}' */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_TYPE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    adminWorkflowEditor_schema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    adminWorkflowEditor_vocabulary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditorVocabularyView"];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    applications_list: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page, as given (opaque); leave out for the first page */
                cursor?: string;
                /** @description Items per page */
                limit?: number;
                status?: "draft" | "submitted" | "checking" | "needs_documents" | "under_consideration" | "inspection" | "awaiting_payment" | "issuing" | "completed" | "rejected" | "cancelled" | "suspended" | "revoked" | "expired" | "superseded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationListView"];
                };
            };
            /**
             * @description - `APPLICATION_LIST_BAD_CURSOR`: cursor is not a nextCursor this list gave: reload the first page
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_LIST_BAD_CURSOR" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `APPLICATION_LIST_NOT_AVAILABLE`: Your role has no applications to list */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_LIST_NOT_AVAILABLE";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    applications_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /**
             * @description - `LICENCE_TYPE_UNKNOWN`: There is no licence type '{slug}'
             *     - `BUSINESS_TYPE_UNKNOWN`: There is no business type '{slug}'
             *     - `BUSINESS_DOES_NOT_NEED_LICENCE`: Business '{business}' does not need '{licence}'
             *     - `PREMISES_AREA_MISMATCH`: The province, district and subdistrict codes do not belong together
             *     - `KIND_NOT_OFFERED`: {licenceType} offers {offered} requests, not {kind}
             *     - `FORM_INVALID`: The form is invalid: {problems}
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_TYPE_UNKNOWN" | "BUSINESS_TYPE_UNKNOWN" | "BUSINESS_DOES_NOT_NEED_LICENCE" | "PREMISES_AREA_MISMATCH" | "KIND_NOT_OFFERED" | "FORM_INVALID" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `NOT_AUTHORISED_DIRECTOR`: You are not an authorised director of {nameEn} ({registrationNumber}), so you cannot apply on its behalf
             *     - `GRANT_NOT_ACTIVE`: The grant under which you filed this application {statusEn}: you may no longer act for the principal
             *     - `GRANT_NOT_FOR_LICENCE_TYPE`: This grant does not cover licence type {licenceType}
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOT_AUTHORISED_DIRECTOR" | "GRANT_NOT_ACTIVE" | "GRANT_NOT_FOR_LICENCE_TYPE" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /**
             * @description - `PREVIOUS_LICENCE_NOT_HELD`: You hold no licence numbered {number}
             *     - `GRANT_NOT_FOUND`: No such grant
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PREVIOUS_LICENCE_NOT_HELD" | "GRANT_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `PREVIOUS_LICENCE_HAS_OPEN_REQUEST`: Licence {number} already has a {kind} request: {trackingNumber} */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PREVIOUS_LICENCE_HAS_OPEN_REQUEST";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /**
             * @description - `LICENCE_TYPE_NOT_OPEN`: Licence type '{slug}' has no published workflow yet, so it cannot be applied for
             *     - `NO_RESPONSIBLE_OFFICE`: No office in this system handles this licence for {where} yet
             *     - `NO_LOCAL_OFFICE`: No local office in this system serves subdistrict {subdistrict} yet
             *     - `PREVIOUS_LICENCE_NOT_FOR_NEW`: A new application does not name a previous licence
             *     - `PREVIOUS_LICENCE_OTHER_TYPE`: Licence {number} is a {actual}, not a {wanted}
             *     - `PREVIOUS_LICENCE_NOT_IN_FORCE`: Licence {number} is {standing}, so it cannot be the subject of a {kind} request
             *     - `REQUEST_NOT_FOR_HOLDER`: Licence {number} belongs to {ownerEn}; the request must be made for its holder
             *     - `JURISTIC_PERSON_NOT_ACTIVE`: {nameEn} is registered as "{statusEn}": only an active juristic person can apply
             *     - `ACCOUNT_HAS_NO_NATIONAL_ID`: This account has no national ID, so no government data can be fetched for it; sign in with Digital ID
             *     - `ACCOUNT_NOT_IN_CIVIL_REGISTRY`: The civil registry has no record of this account's national ID
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_TYPE_NOT_OPEN" | "NO_RESPONSIBLE_OFFICE" | "NO_LOCAL_OFFICE" | "PREVIOUS_LICENCE_NOT_FOR_NEW" | "PREVIOUS_LICENCE_OTHER_TYPE" | "PREVIOUS_LICENCE_NOT_IN_FORCE" | "REQUEST_NOT_FOR_HOLDER" | "JURISTIC_PERSON_NOT_ACTIVE" | "ACCOUNT_HAS_NO_NATIONAL_ID" | "ACCOUNT_NOT_IN_CIVIL_REGISTRY";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    applications_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `GRANT_NOT_ACTIVE`: The grant under which you filed this application {statusEn}: you may no longer act for the principal */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "GRANT_NOT_ACTIVE";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    applications_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApplicationFormDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /**
             * @description - `FORM_INVALID`: The form is invalid: {problems}
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORM_INVALID" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `GRANT_NOT_ACTIVE`: The grant under which you filed this application {statusEn}: you may no longer act for the principal
             *     - `ONLY_APPLICANT_MAY_EDIT`: Only the applicant may change the form or confirm its data
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "GRANT_NOT_ACTIVE" | "ONLY_APPLICANT_MAY_EDIT" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `FORM_NOT_EDITABLE`: The form can be changed only while a draft or waiting for more documents; it is '{status}'
             *     - `APPLICATION_VERSION_STALE`: The application is at version {current}, not {expected}: reload it and try again
             *     - `APPLICATION_CHANGED_CONCURRENTLY`: Someone else changed this application at the same moment: reload it and try again
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORM_NOT_EDITABLE" | "APPLICATION_VERSION_STALE" | "APPLICATION_CHANGED_CONCURRENTLY";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    applications_acknowledgement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The acknowledgement of receipt, A4 PDF in Thai with English (unsigned: it is not a licence) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `ACKNOWLEDGEMENT_NOT_AVAILABLE`: There is no acknowledgement of receipt yet: the application has not been submitted (it is '{status}') */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ACKNOWLEDGEMENT_NOT_AVAILABLE";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    applicationAssignment_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignApplicationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentStateView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `ONLY_HEAD_MAY_ASSIGN`: Only the head of office may assign applications
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ONLY_HEAD_MAY_ASSIGN" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `NOT_WAITING_FOR_STAFF`: The application is in state '{state}' and waits for {awaiting}, not for office staff: there is nothing to assign
             *     - `ASSIGNMENT_CHANGED_CONCURRENTLY`: The application changed at the same moment (another step or assignment): reload the queue and try again
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOT_WAITING_FOR_STAFF" | "ASSIGNMENT_CHANGED_CONCURRENTLY";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /**
             * @description - `ASSIGNEE_NOT_IN_OFFICE`: {userId} is not an officer, approver or signer of your office
             *     - `ASSIGNEE_LACKS_ROLE`: {username} is not {role}, whom the application waits for
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ASSIGNEE_NOT_IN_OFFICE" | "ASSIGNEE_LACKS_ROLE";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    applicationAssignment_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentHistoryEntryView"][];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    billPayments_slip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillSlipView"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `NOT_AWAITING_PAYMENT`: The application is not awaiting payment (it is '{status}')
             *     - `NO_OPEN_FEE`: No fee is open for payment yet; try again in a moment
             *     - `PAYMENT_HELD_FOR_REVIEW`: Your payment of {amount} is held for the office to review ({reason}). Do not pay again: the office will refund it or accept it as the fee, and you will be notified
             *     - `COUNTER_PAYMENT_HELD_FOR_REVIEW`: A payment of {amount} for this fee is held ({reason}): refund it or accept it on the held payments page before taking cash
             *     - `BILL_PAYMENT_NOT_OFFERED`: This office is not registered as a bill-payment biller yet: pay at the office counter
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOT_AWAITING_PAYMENT" | "NO_OPEN_FEE" | "PAYMENT_HELD_FOR_REVIEW" | "COUNTER_PAYMENT_HELD_FOR_REVIEW" | "BILL_PAYMENT_NOT_OFFERED";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    billPayments_slipPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The slip */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `NOT_AWAITING_PAYMENT`: The application is not awaiting payment (it is '{status}')
             *     - `NO_OPEN_FEE`: No fee is open for payment yet; try again in a moment
             *     - `PAYMENT_HELD_FOR_REVIEW`: Your payment of {amount} is held for the office to review ({reason}). Do not pay again: the office will refund it or accept it as the fee, and you will be notified
             *     - `COUNTER_PAYMENT_HELD_FOR_REVIEW`: A payment of {amount} for this fee is held ({reason}): refund it or accept it on the held payments page before taking cash
             *     - `BILL_PAYMENT_NOT_OFFERED`: This office is not registered as a bill-payment biller yet: pay at the office counter
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOT_AWAITING_PAYMENT" | "NO_OPEN_FEE" | "PAYMENT_HELD_FOR_REVIEW" | "COUNTER_PAYMENT_HELD_FOR_REVIEW" | "BILL_PAYMENT_NOT_OFFERED";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    applicationAssignment_claim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentStateView"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `NOT_WAITING_FOR_YOUR_ROLE`: The application is in state '{state}' and waits for {awaiting}, not for your role ({roles})
             *     - `ALREADY_HELD`: {holder} already holds this application
             *     - `ASSIGNMENT_CHANGED_CONCURRENTLY`: The application changed at the same moment (another step or assignment): reload the queue and try again
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOT_WAITING_FOR_YOUR_ROLE" | "ALREADY_HELD" | "ASSIGNMENT_CHANGED_CONCURRENTLY";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    documents_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentListDto"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    documents_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * @description A document code of the application's licence type
                     * @example site-plan
                     */
                    code: string;
                    /**
                     * Format: binary
                     * @description PDF, JPEG or PNG, at most DOCUMENT_MAX_BYTES (10 MB by default); the type is detected from the content
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /**
             * @description - `DOCUMENT_CODE_UNKNOWN`: '{code}' is not a document of {licenceType}; its documents are: {codes}
             *     - `DOCUMENT_FILE_MISSING`: Attach the document as the multipart field 'file'
             *     - `DOCUMENT_UPLOAD_INVALID`: The multipart upload is malformed: {detail}
             *     - `DOCUMENT_EMPTY`: The file is empty (0 bytes)
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_CODE_UNKNOWN" | "DOCUMENT_FILE_MISSING" | "DOCUMENT_UPLOAD_INVALID" | "DOCUMENT_EMPTY" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `ONLY_APPLICANT_MAY_UPLOAD`: Only the applicant who made the application may upload its documents
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ONLY_APPLICANT_MAY_UPLOAD" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `DOCUMENTS_NOT_EDITABLE`: Documents can be uploaded or replaced only while the application is a draft or the office has asked for more information; it is in state '{state}' */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENTS_NOT_EDITABLE";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /**
             * @description - `DOCUMENT_TOO_LARGE`: A document may be at most {limit}
             *     - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_TOO_LARGE" | "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `DOCUMENT_TYPE_NOT_ALLOWED`: Only PDF, JPEG and PNG documents are accepted; the content of this file is {detected} */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_TYPE_NOT_ALLOWED";
                        /** @enum {number} */
                        statusCode?: 415;
                    };
                };
            };
            /**
             * @description - `DOCUMENT_ACTIVE_CONTENT`: The PDF contains JavaScript, automatic actions, launch actions or embedded files ({names}); print it to a plain PDF and upload that
             *     - `DOCUMENT_NOT_CHECKABLE`: The PDF cannot be checked: {reason}; upload an unencrypted, undamaged PDF
             *     - `DOCUMENT_POLYGLOT`: The file is a {type} that also carries other content ({reason}); save it again as a plain {type}
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_ACTIVE_CONTENT" | "DOCUMENT_NOT_CHECKABLE" | "DOCUMENT_POLYGLOT";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
            /** @description - `DOCUMENT_CONTENT_UNAVAILABLE`: The document store could not be reached or answered badly: {detail} */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_CONTENT_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                };
            };
        };
    };
    documents_download: {
        parameters: {
            query?: {
                /** @description `inline` to show the document in our own page (iframe or img) */
                disposition?: "attachment" | "inline";
            };
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document as uploaded, with its detected Content-Type; `Content-Disposition: attachment` unless `disposition=inline`, which our own pages may show in an iframe or img (CSP `frame-ancestors 'self'`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /**
             * @description - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see
             *     - `DOCUMENT_NOT_FOUND`: Application {applicationId} has no document {documentId}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND" | "DOCUMENT_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                    "image/jpeg": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND" | "DOCUMENT_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                    "image/png": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND" | "DOCUMENT_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
            /** @description - `DOCUMENT_CONTENT_UNAVAILABLE`: The document store could not be reached or answered badly: {detail} */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_CONTENT_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                    "image/jpeg": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_CONTENT_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                    "image/png": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_CONTENT_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                };
            };
        };
    };
    applications_send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /**
             * @description - `EVENT_INVALID`: The {event} event is incomplete: {problems}
             *     - `FORM_INVALID`: The form is invalid: {problems}
             *     - `DELIVERY_TRACKING_NUMBER_INVALID`: Tracking number '{trackingNumber}' is not a valid UPU S10 number (2 letters, 8 digits, a check digit and a 2-letter country, e.g. EE123456785TH)
             *     - `INSPECTION_DATE_IN_PAST`: The inspection date {date} is in the past (today is {today} in Bangkok)
             *     - `INSPECTION_DATE_TOO_FAR`: The inspection date {date} is more than 365 days ahead
             *     - `INSPECTION_WINDOW_INVALID`: The inspection window must start before it ends ({from}–{to})
             *     - `INSPECTION_WINDOW_OUTSIDE_HOURS`: The inspection window must lie within 06:00–20:00 ({from}–{to})
             *     - `INSPECTION_INSPECTOR_NOT_STAFF`: The inspector is not an officer of the office responsible for this application
             *     - `INFORMATION_REQUEST_DOCUMENT_UNKNOWN`: Document code '{code}' is not a document of this licence type (known: {codes})
             *     - `INSPECTION_PHOTOS_INVALID`: These photos are not inspection photos of this application, or were already used in a recorded result: {photoIds}
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "EVENT_INVALID" | "FORM_INVALID" | "DELIVERY_TRACKING_NUMBER_INVALID" | "INSPECTION_DATE_IN_PAST" | "INSPECTION_DATE_TOO_FAR" | "INSPECTION_WINDOW_INVALID" | "INSPECTION_WINDOW_OUTSIDE_HOURS" | "INSPECTION_INSPECTOR_NOT_STAFF" | "INFORMATION_REQUEST_DOCUMENT_UNKNOWN" | "INSPECTION_PHOTOS_INVALID" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `GRANT_NOT_ACTIVE`: The grant under which you filed this application {statusEn}: you may no longer act for the principal
             *     - `EVENT_FORBIDDEN`: {reasons}
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "GRANT_NOT_ACTIVE" | "EVENT_FORBIDDEN" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `EVENT_NOT_ACCEPTED`: {event} is not possible while the application is in state '{state}'; {allowed}
             *     - `APPLICATION_VERSION_STALE`: The application is at version {current}, not {expected}: reload it and try again
             *     - `APPLICATION_CHANGED_CONCURRENTLY`: Someone else changed this application at the same moment: reload it and try again
             *     - `REQUEST_ON_HOLD_LICENCE_SUSPENDED`: Request {trackingNumber} cannot be approved or issued while licence {number}, which it concerns, is suspended; it continues once the licence is reinstated
             *     - `REQUEST_LICENCE_REVOKED`: Request {trackingNumber} cannot be approved: licence {number}, which it concerns, has been revoked
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "EVENT_NOT_ACCEPTED" | "APPLICATION_VERSION_STALE" | "APPLICATION_CHANGED_CONCURRENTLY" | "REQUEST_ON_HOLD_LICENCE_SUSPENDED" | "REQUEST_LICENCE_REVOKED";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /**
             * @description - `APPLICANT_DATA_NOT_CONFIRMED`: Check and confirm the applicant data fetched from government records before submitting: PATCH the application with confirmApplicantData: true
             *     - `EVENT_CONDITION_FAILED`: {reasons}
             *     - `PRIVACY_CONSENT_REQUIRED`: Read the privacy notice and give your consent before submitting: send data.privacyConsent {noticeVersion: "{current}", agreed: true} with SUBMIT (GET /api/v1/policies names the current version)
             *     - `PRIVACY_NOTICE_NOT_CURRENT`: You agreed to privacy notice version {given}, but the current one is version {current}: read it and agree again
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICANT_DATA_NOT_CONFIRMED" | "EVENT_CONDITION_FAILED" | "PRIVACY_CONSENT_REQUIRED" | "PRIVACY_NOTICE_NOT_CURRENT";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    informationRequests_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The office’s requests, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InformationRequestDto"][];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    informationRequests_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerInformationItemDto"];
            };
        };
        responses: {
            /** @description The request with the answer recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InformationRequestDto"];
                };
            };
            /**
             * @description - `INFORMATION_ITEM_NOT_A_QUESTION`: This item asks for a document: upload it instead of answering in text
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INFORMATION_ITEM_NOT_A_QUESTION" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `ONLY_APPLICANT_MAY_ANSWER`: Only the applicant who made the application may answer
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ONLY_APPLICANT_MAY_ANSWER" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /**
             * @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see
             *     - `INFORMATION_REQUEST_NOT_FOUND`: No such request for documents or information on this application
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND" | "INFORMATION_REQUEST_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INFORMATION_REQUEST_NOT_OPEN`: This request can no longer be answered: answers are taken only while the application waits for them, before it is resubmitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INFORMATION_REQUEST_NOT_OPEN";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    inspections_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description JPEG or PNG, at most DOCUMENT_MAX_BYTES; the type is detected from the content
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPhotoDto"];
                };
            };
            /**
             * @description - `DOCUMENT_FILE_MISSING`: Attach the document as the multipart field 'file'
             *     - `DOCUMENT_UPLOAD_INVALID`: The multipart upload is malformed: {detail}
             *     - `DOCUMENT_EMPTY`: The file is empty (0 bytes)
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_FILE_MISSING" | "DOCUMENT_UPLOAD_INVALID" | "DOCUMENT_EMPTY" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `INSPECTION_PHOTO_OFFICE_ONLY`: Only staff of the office responsible for this application may upload inspection photos
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INSPECTION_PHOTO_OFFICE_ONLY" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `DOCUMENT_TOO_LARGE`: A document may be at most {limit} */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /**
             * @description - `DOCUMENT_TYPE_NOT_ALLOWED`: Only PDF, JPEG and PNG documents are accepted; the content of this file is {detected}
             *     - `INSPECTION_PHOTO_TYPE_NOT_ALLOWED`: An inspection photo must be a JPEG or PNG image
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_TYPE_NOT_ALLOWED" | "INSPECTION_PHOTO_TYPE_NOT_ALLOWED";
                        /** @enum {number} */
                        statusCode?: 415;
                    };
                };
            };
            /** @description - `DOCUMENT_POLYGLOT`: The file is a {type} that also carries other content ({reason}); save it again as a plain {type} */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_POLYGLOT";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
            /** @description - `DOCUMENT_CONTENT_UNAVAILABLE`: The document store could not be reached or answered badly: {detail} */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_CONTENT_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                };
            };
        };
    };
    inspections_photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                photoId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The photo, with its detected Content-Type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see
             *     - `INSPECTION_PHOTO_NOT_FOUND`: No such inspection photo on this application
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND" | "INSPECTION_PHOTO_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                    "image/png": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND" | "INSPECTION_PHOTO_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
            /** @description - `DOCUMENT_CONTENT_UNAVAILABLE`: The document store could not be reached or answered badly: {detail} */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_CONTENT_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                    "image/png": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_CONTENT_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                };
            };
        };
    };
    inspections_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Scheduled inspections and their results, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDto"][];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    licences_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unsigned preview, A4 PDF in Thai with English */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `LICENCE_PREVIEW_NOT_AVAILABLE`: The licence preview is available only while the application waits for the authorised signer (now: {state}) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_PREVIEW_NOT_AVAILABLE";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    messages_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"][];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    messages_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostMessageDto"];
            };
        };
        responses: {
            /** @description The message as stored; the other side is notified */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `MESSAGES_READ_ONLY`: You may read this thread, but only the applicant who made the application and staff of its office write in it or mark it read
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MESSAGES_READ_ONLY" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `MESSAGES_NOT_OPEN_FOR_DRAFT`: The application is still a draft, so no office has it yet: submit it before writing to the office */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MESSAGES_NOT_OPEN_FOR_DRAFT";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    messages_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagesMarkedReadDto"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `MESSAGES_READ_ONLY`: You may read this thread, but only the applicant who made the application and staff of its office write in it or mark it read
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MESSAGES_READ_ONLY" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    payments_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPaymentsView"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    payments_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartPaymentDto"];
            };
        };
        responses: {
            /** @description The payment (a double click returns the same one) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentView"];
                };
            };
            /**
             * @description - `CARD_TOKEN_REQUIRED`: A card payment needs card.token from the gateway vault
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CARD_TOKEN_REQUIRED" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `ONLY_APPLICANT_PAYS_ONLINE`: Only the applicant pays the fee online
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ONLY_APPLICANT_PAYS_ONLINE" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `NOT_AWAITING_PAYMENT`: The application is not awaiting payment (it is '{status}')
             *     - `NO_OPEN_FEE`: No fee is open for payment yet; try again in a moment
             *     - `PAYMENT_HELD_FOR_REVIEW`: Your payment of {amount} is held for the office to review ({reason}). Do not pay again: the office will refund it or accept it as the fee, and you will be notified
             *     - `PAYMENT_ALREADY_OPEN`: A {method} payment is still open{until}: finish it or wait for it to expire
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOT_AWAITING_PAYMENT" | "NO_OPEN_FEE" | "PAYMENT_HELD_FOR_REVIEW" | "PAYMENT_ALREADY_OPEN";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /**
             * @description - `AMOUNT_BELOW_GATEWAY_MINIMUM`: The fee of {amountEn} is below the online gateway’s minimum of {minimumEn}: pay it by bill payment (the payment slip’s barcode or QR code at a bank counter or in a banking app) or at the office counter
             *     - `PAYMENT_FAILED`: The payment failed ({failureCode}): {failureMessage}. You can try again with another card or PromptPay
             *     - `PAYMENT_REFUSED_BY_GATEWAY`: The payment gateway refused the payment ({failureCode}): {reason}
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AMOUNT_BELOW_GATEWAY_MINIMUM" | "PAYMENT_FAILED" | "PAYMENT_REFUSED_BY_GATEWAY";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
            /** @description - `PAYMENT_GATEWAY_BAD_RESPONSE`: The payment gateway is not available ({reason}); nothing was charged, please try again later */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYMENT_GATEWAY_BAD_RESPONSE";
                        /** @enum {number} */
                        statusCode?: 502;
                    };
                };
            };
            /** @description - `PAYMENT_GATEWAY_UNAVAILABLE`: The payment gateway is not available ({reason}); nothing was charged, please try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYMENT_GATEWAY_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                };
            };
        };
    };
    payments_counter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CounterPaymentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentView"];
                };
            };
            /**
             * @description - `COUNTER_AMOUNT_MISMATCH`: The amount {amount} differs from the fee due, {due}
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COUNTER_AMOUNT_MISMATCH" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `COUNTER_STAFF_ONLY`: Only staff of the responsible office record counter payments
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COUNTER_STAFF_ONLY" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `NOT_AWAITING_PAYMENT`: The application is not awaiting payment (it is '{status}')
             *     - `NO_OPEN_FEE`: No fee is open for payment yet; try again in a moment
             *     - `COUNTER_PAYMENT_HELD_FOR_REVIEW`: A payment of {amount} for this fee is held ({reason}): refund it or accept it on the held payments page before taking cash
             *     - `COUNTER_RECEIPT_NUMBER_USED`: Receipt number {receiptNumber} was already used by this office for {trackingNumber}; check the number on the paper receipt. Nothing was recorded
             *     - `COUNTER_PAID_ONLINE_MEANWHILE`: The applicant paid online ({method}) a moment ago and the fee is paid: the cash was not recorded. Give the cash back and void the paper receipt
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOT_AWAITING_PAYMENT" | "NO_OPEN_FEE" | "COUNTER_PAYMENT_HELD_FOR_REVIEW" | "COUNTER_RECEIPT_NUMBER_USED" | "COUNTER_PAID_ONLINE_MEANWHILE";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
            /** @description - `COUNTER_GATEWAY_UNAVAILABLE`: The open online payment could not be closed at the gateway ({reason}), so the cash was not recorded (the applicant could still pay online); try again in a moment */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COUNTER_GATEWAY_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                };
            };
        };
    };
    prechecks_latest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrecheckDto"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `PRECHECK_OFFICE_ONLY`: The pre-check is only for the staff of the office handling this application
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PRECHECK_OFFICE_ONLY" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    prechecks_recheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The check made again now; the earlier ones are kept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrecheckDto"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `PRECHECK_OFFICE_ONLY`: The pre-check is only for the staff of the office handling this application
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PRECHECK_OFFICE_ONLY" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `PRECHECK_NOT_SUBMITTED`: This application has not been submitted, so there is nothing to pre-check yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PRECHECK_NOT_SUBMITTED";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    applicationAssignment_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentStateView"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `ONLY_HOLDER_OR_HEAD_MAY_RELEASE`: Only the holder or the head of office may release this application
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ONLY_HOLDER_OR_HEAD_MAY_RELEASE" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `ASSIGNMENT_CHANGED_CONCURRENTLY`: The application changed at the same moment (another step or assignment): reload the queue and try again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ASSIGNMENT_CHANGED_CONCURRENTLY";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    satisfaction_forApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationSatisfactionView"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `SATISFACTION_NOT_YOURS`: This application’s rating is shown only to its applicant and to the officers and head of its office
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SATISFACTION_NOT_YOURS" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    satisfaction_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateServiceDto"];
            };
        };
        responses: {
            /** @description The rating as stored; it cannot be changed or given again */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionRatingView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `SATISFACTION_ONLY_APPLICANT`: Only the applicant who made this application may rate the service
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SATISFACTION_ONLY_APPLICANT" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `SATISFACTION_NOT_FINISHED`: The service can be rated once the application is finished (licence issued, completed, rejected, or cancelled after submission); it is '{status}'
             *     - `SATISFACTION_ALREADY_GIVEN`: You have already rated the service for this application; it can be rated once
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SATISFACTION_NOT_FINISHED" | "SATISFACTION_ALREADY_GIVEN";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    applications_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineView"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `GRANT_NOT_ACTIVE`: The grant under which you filed this application {statusEn}: you may no longer act for the principal */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "GRANT_NOT_ACTIVE";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `APPLICATION_NOT_FOUND`: No application {id} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPLICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    areas_list: {
        parameters: {
            query?: {
                /** @description A province code (its districts) or a district code (its subdistricts); none for the provinces */
                parent?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreasView"];
                };
            };
            /** @description - `VALIDATION_FAILED`: The request is invalid: {problems} */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /** @description - `AREA_NOT_FOUND`: No area has the code {code} */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AREA_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    auth_csrf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token, also set as an httpOnly cookie; valid with the session cookie the browser holds now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsrfTokenDto"];
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    auth_devLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevLoginDto"];
            };
        };
        responses: {
            /** @description The session: its bearer token, or (cookie: true) the session cookie and no token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInDto"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /** @description - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_ORIGIN_REFUSED";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /**
             * @description - `ROUTE_NOT_FOUND`: {detail}
             *     - `DEMO_USER_NOT_FOUND`: No demo user {who} (see GET /api/v1/auth/dev-users)
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROUTE_NOT_FOUND" | "DEMO_USER_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `RATE_LIMITED`: Too many requests: try again in {seconds} seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        /** @enum {number} */
                        statusCode?: 429;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    auth_devUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every stored account, for a development sign-in page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevUserDto"][];
                };
            };
            /** @description - `ROUTE_NOT_FOUND`: {detail} */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROUTE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    digitalId_callback: {
        parameters: {
            query?: {
                /** @description The authorization code (absent when the provider answers with an error) */
                code?: string;
                /** @description The provider refused: e.g. access_denied when the citizen cancelled */
                error?: string;
                error_description?: string;
                error_uri?: string;
                /** @description The issuer (RFC 9207), checked against the configured one */
                iss?: string;
                /** @description OpenID Connect session management, ignored */
                session_state?: string;
                /** @description The state the login started with */
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With Accept: application/json: the bearer token, and no cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInDto"];
                };
            };
            /** @description Signed in: the session cookie is set and the browser goes to returnTo (default /); refused: to /sign-in?error=<CODE> */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description - `DIGITAL_ID_BROWSER_MISMATCH`: This sign-in was not started in this browser, or the browser refused its cookie: start again at /api/v1/auth/digital-id/login
             *     - `DIGITAL_ID_STATE_UNKNOWN`: No sign-in was started with this state: start again at /api/v1/auth/digital-id/login
             *     - `DIGITAL_ID_STATE_USED`: This sign-in was already used: start again at /api/v1/auth/digital-id/login
             *     - `DIGITAL_ID_STATE_EXPIRED`: This sign-in expired after 10 minutes: start again at /api/v1/auth/digital-id/login
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DIGITAL_ID_BROWSER_MISMATCH" | "DIGITAL_ID_STATE_UNKNOWN" | "DIGITAL_ID_STATE_USED" | "DIGITAL_ID_STATE_EXPIRED" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `DIGITAL_ID_SIGN_IN_CANCELLED`: Digital ID refused the sign-in: the citizen cancelled or did not allow it
             *     - `DIGITAL_ID_SIGN_IN_REFUSED`: Digital ID refused the sign-in: {reason}
             *     - `DIGITAL_ID_CODE_REFUSED`: Digital ID refused the code: {reason}
             *     - `DIGITAL_ID_CLIENT_REFUSED`: Digital ID refused this portal's client credentials, so the sign-in cannot be finished; the error has been logged
             *     - `DIGITAL_ID_ANSWER_INVALID`: The Digital ID answer failed verification: {detail}
             *     - `DIGITAL_ID_NO_ID_TOKEN`: Digital ID sent no ID token
             *     - `DIGITAL_ID_INVALID_NATIONAL_ID`: Digital ID sent an invalid national ID (pid), so the sign-in is refused: {problem}
             *     - `DIGITAL_ID_NO_NAME`: Digital ID sent no name: ask for the profile scope (DIGITAL_ID_SCOPE)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DIGITAL_ID_SIGN_IN_CANCELLED" | "DIGITAL_ID_SIGN_IN_REFUSED" | "DIGITAL_ID_CODE_REFUSED" | "DIGITAL_ID_CLIENT_REFUSED" | "DIGITAL_ID_ANSWER_INVALID" | "DIGITAL_ID_NO_ID_TOKEN" | "DIGITAL_ID_INVALID_NATIONAL_ID" | "DIGITAL_ID_NO_NAME";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `RATE_LIMITED`: Too many requests: try again in {seconds} seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        /** @enum {number} */
                        statusCode?: 429;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
            /**
             * @description - `DIGITAL_ID_NOT_CONFIGURED`: Digital ID not configured: set DIGITAL_ID_ISSUER, DIGITAL_ID_CLIENT_ID and DIGITAL_ID_CLIENT_SECRET
             *     - `DIGITAL_ID_UNAVAILABLE`: Digital ID is unavailable: try again later
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DIGITAL_ID_NOT_CONFIGURED" | "DIGITAL_ID_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                };
            };
        };
    };
    digitalId_login: {
        parameters: {
            query?: {
                /** @description A path on this site to return to after signing in (default /), e.g. /applications; never another site */
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider's sign-in page; sets the httpOnly cookie that binds the sign-in to this browser (10 minutes) */
            302: {
                headers: {
                    /** @description The provider’s authorization URL (state, nonce, PKCE S256) */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A browser (no `Accept: application/json`) whose sign-in cannot start goes to /sign-in?error=<CODE> */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description - `DIGITAL_ID_RETURN_TO_INVALID`: returnTo must be a path on this site, starting with a single / (e.g. /applications)
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DIGITAL_ID_RETURN_TO_INVALID" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /** @description - `RATE_LIMITED`: Too many requests: try again in {seconds} seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        /** @enum {number} */
                        statusCode?: 429;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
            /**
             * @description - `DIGITAL_ID_NOT_CONFIGURED`: Digital ID not configured: set DIGITAL_ID_ISSUER, DIGITAL_ID_CLIENT_ID and DIGITAL_ID_CLIENT_SECRET
             *     - `DIGITAL_ID_UNAVAILABLE`: Digital ID is unavailable: try again later
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DIGITAL_ID_NOT_CONFIGURED" | "DIGITAL_ID_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                };
            };
        };
    };
    auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session has ended; its cookie, if any, is cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthenticatedUserDto"];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    billPayments_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillImportsView"];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `BILL_PAYMENT_STAFF_ONLY`: Only officers and heads of an office registered as a biller import bill payments
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BILL_PAYMENT_STAFF_ONLY" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    billPayments_biller: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillerAccountView"];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `BILL_PAYMENT_STAFF_ONLY`: Only officers and heads of an office registered as a biller import bill payments
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BILL_PAYMENT_STAFF_ONLY" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    billPayments_counterEntry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BillCounterEntryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillImportView"];
                };
            };
            /**
             * @description - `BILL_ENTRY_PAID_AT_INVALID`: paidAt must not be in the future, nor more than a year ago
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BILL_ENTRY_PAID_AT_INVALID" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `BILL_PAYMENT_STAFF_ONLY`: Only officers and heads of an office registered as a biller import bill payments
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BILL_PAYMENT_STAFF_ONLY" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    billPayments_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillImportView"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `BILL_PAYMENT_STAFF_ONLY`: Only officers and heads of an office registered as a biller import bill payments
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BILL_PAYMENT_STAFF_ONLY" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `BILL_IMPORT_NOT_FOUND`: No bill payment import {id} in your office */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BILL_IMPORT_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    billPayments_importStatement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The bank’s 256-byte bill payment statement (TIS-620), at most 8 MB
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillImportView"];
                };
            };
            /**
             * @description - `BILL_STATEMENT_FILE_REQUIRED`: Send the bank’s statement file as the multipart part `file` (or as a text/plain body)
             *     - `BILL_STATEMENT_EMPTY`: The statement file is empty
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BILL_STATEMENT_FILE_REQUIRED" | "BILL_STATEMENT_EMPTY";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `BILL_PAYMENT_STAFF_ONLY`: Only officers and heads of an office registered as a biller import bill payments
             *     - `BILL_STATEMENT_OTHER_OFFICE`: Line {line}: this statement is for another office’s account ({bankCode}-{accountNumber}); you import your own office’s statements only. Nothing was imported
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BILL_PAYMENT_STAFF_ONLY" | "BILL_STATEMENT_OTHER_OFFICE" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `BILL_STATEMENT_TOO_LARGE`: The statement file is larger than {limit} */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BILL_STATEMENT_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /**
             * @description - `BILL_STATEMENT_LINE_LENGTH`: Line {line} is {length} bytes long; every record is 256 bytes (TIS-620){hint}. Nothing was imported
             *     - `BILL_STATEMENT_RECORD_TYPE`: Line {line}: record type “{found}” where {expected} is expected. Nothing was imported
             *     - `BILL_STATEMENT_FIELD_INVALID`: Line {line}, {field} (columns {columns}): {problem}. Nothing was imported
             *     - `BILL_STATEMENT_DATE_INVALID`: Line {line}, {field} (columns {columns}): “{value}” {problem}. Nothing was imported
             *     - `BILL_STATEMENT_AMOUNT_INVALID`: Line {line}, {field} (columns {columns}): amount “{value}” {problem}. Nothing was imported
             *     - `BILL_STATEMENT_TRAILER_MISMATCH`: Line {line} (trailer): {field} says {stated}, the detail records add up to {counted}; the file may be cut short. Nothing was imported
             *     - `BILL_STATEMENT_BILLER_UNKNOWN`: Line {line}: account {bankCode}-{accountNumber} is not a registered biller account. Nothing was imported
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BILL_STATEMENT_LINE_LENGTH" | "BILL_STATEMENT_RECORD_TYPE" | "BILL_STATEMENT_FIELD_INVALID" | "BILL_STATEMENT_DATE_INVALID" | "BILL_STATEMENT_AMOUNT_INVALID" | "BILL_STATEMENT_TRAILER_MISMATCH" | "BILL_STATEMENT_BILLER_UNKNOWN";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    bundles_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleView"][];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    bundles_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBundleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleView"];
                };
            };
            /**
             * @description - `BUSINESS_TYPE_UNKNOWN`: There is no business type '{slug}'
             *     - `PREMISES_AREA_MISMATCH`: The province, district and subdistrict codes do not belong together
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_TYPE_UNKNOWN" | "PREMISES_AREA_MISMATCH" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `NOT_AUTHORISED_DIRECTOR`: You are not an authorised director of {nameEn} ({registrationNumber}), so you cannot apply on its behalf
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOT_AUTHORISED_DIRECTOR" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /**
             * @description - `BUNDLE_LICENCE_NOT_APPLICABLE`: The bundle cannot be started: {licences} cannot be applied for here. Nothing was stored
             *     - `JURISTIC_PERSON_NOT_ACTIVE`: {nameEn} is registered as "{statusEn}": only an active juristic person can apply
             *     - `ACCOUNT_HAS_NO_NATIONAL_ID`: This account has no national ID, so no government data can be fetched for it; sign in with Digital ID
             *     - `ACCOUNT_NOT_IN_CIVIL_REGISTRY`: The civil registry has no record of this account's national ID
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUNDLE_LICENCE_NOT_APPLICABLE" | "JURISTIC_PERSON_NOT_ACTIVE" | "ACCOUNT_HAS_NO_NATIONAL_ID" | "ACCOUNT_NOT_IN_CIVIL_REGISTRY";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    bundles_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleView"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `BUNDLE_NOT_FOUND`: No such bundle of applications: {id} */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUNDLE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    bundlePayments_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartBundlePaymentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlePaymentView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `BUNDLE_NOT_FOUND`: No such bundle of applications: {id} */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUNDLE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `BUNDLE_NOTHING_TO_PAY`: No application of this bundle is awaiting payment
             *     - `NO_OPEN_FEE`: No fee is open for payment yet; try again in a moment
             *     - `PAYMENT_HELD_FOR_REVIEW`: Your payment of {amount} is held for the office to review ({reason}). Do not pay again: the office will refund it or accept it as the fee, and you will be notified
             *     - `PAYMENT_ALREADY_OPEN`: A {method} payment is still open{until}: finish it or wait for it to expire
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUNDLE_NOTHING_TO_PAY" | "NO_OPEN_FEE" | "PAYMENT_HELD_FOR_REVIEW" | "PAYMENT_ALREADY_OPEN";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /**
             * @description - `AMOUNT_BELOW_GATEWAY_MINIMUM`: The fee of {amountEn} is below the online gateway’s minimum of {minimumEn}: pay it by bill payment (the payment slip’s barcode or QR code at a bank counter or in a banking app) or at the office counter
             *     - `PAYMENT_REFUSED_BY_GATEWAY`: The payment gateway refused the payment ({failureCode}): {reason}
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AMOUNT_BELOW_GATEWAY_MINIMUM" | "PAYMENT_REFUSED_BY_GATEWAY";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
            /** @description - `PAYMENT_GATEWAY_BAD_RESPONSE`: The payment gateway is not available ({reason}); nothing was charged, please try again later */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYMENT_GATEWAY_BAD_RESPONSE";
                        /** @enum {number} */
                        statusCode?: 502;
                    };
                };
            };
            /** @description - `PAYMENT_GATEWAY_UNAVAILABLE`: The payment gateway is not available ({reason}); nothing was charged, please try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYMENT_GATEWAY_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                };
            };
        };
    };
    bundles_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitBundleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `BUNDLE_NOT_FOUND`: No such bundle of applications: {id} */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUNDLE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `BUNDLE_NOTHING_TO_SUBMIT`: No application of this bundle is a draft any more: there is nothing to submit
             *     - `APPLICATION_CHANGED_CONCURRENTLY`: Someone else changed this application at the same moment: reload it and try again
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUNDLE_NOTHING_TO_SUBMIT" | "APPLICATION_CHANGED_CONCURRENTLY";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /**
             * @description - `BUNDLE_NOT_READY`: The bundle cannot be submitted yet, and nothing was submitted: {applications}
             *     - `PRIVACY_NOTICE_NOT_CURRENT`: You agreed to privacy notice version {given}, but the current one is version {current}: read it and agree again
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUNDLE_NOT_READY" | "PRIVACY_NOTICE_NOT_CURRENT";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    catalogue_businesses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessSummaryView"][];
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    catalogue_business: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessView"];
                };
            };
            /** @description - `BUSINESS_TYPE_NOT_FOUND`: No business type '{slug}' */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_TYPE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    catalogue_quiz: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuizAnswersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuizResultView"];
                };
            };
            /**
             * @description - `QUIZ_ANSWERS_INVALID`: Some answers are not valid: {problems}
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "QUIZ_ANSWERS_INVALID" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /** @description - `BUSINESS_TYPE_NOT_FOUND`: No business type '{slug}' */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUSINESS_TYPE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `RATE_LIMITED`: Too many requests: try again in {seconds} seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        /** @enum {number} */
                        statusCode?: 429;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    complaints_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicComplaintView"];
                };
            };
            /** @description - `COMPLAINT_NOT_FOUND`: No such complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `RATE_LIMITED`: Too many requests: try again in {seconds} seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        /** @enum {number} */
                        statusCode?: 429;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    complaints_file: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `COMPLAINT_LICENCE_NOT_FOUND`: No licence {number} in force or suspended */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_LICENCE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /**
             * @description - `COMPLAINT_OWN_LICENCE`: You cannot complain about your own licence
             *     - `COMPLAINT_PHOTOS_INVALID`: These photos are not unused photos you uploaded: {photoIds}
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_OWN_LICENCE" | "COMPLAINT_PHOTOS_INVALID";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `RATE_LIMITED`: Too many requests: try again in {seconds} seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        /** @enum {number} */
                        statusCode?: 429;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    complaints_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `COMPLAINT_NOT_FOUND`: No such complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    complaints_inspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordComplaintInspectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `COMPLAINT_OFFICE_ONLY`: Only staff of the office that issued the licence may act on this complaint
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_OFFICE_ONLY" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `COMPLAINT_NOT_FOUND`: No such complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `COMPLAINT_ACTION_NOT_ALLOWED`: A complaint that is {status} does not take {action}
             *     - `COMPLAINT_CHANGED_CONCURRENTLY`: The complaint was changed by someone else meanwhile: reload it and try again
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_ACTION_NOT_ALLOWED" | "COMPLAINT_CHANGED_CONCURRENTLY";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    complaints_outcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /**
             * @description - `COMPLAINT_WARNING_DEADLINE_INVALID`: A warning needs a deadline, a date in the future at most 180 days ahead
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_WARNING_DEADLINE_INVALID" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `COMPLAINT_OFFICE_ONLY`: Only staff of the office that issued the licence may act on this complaint
             *     - `COMPLAINT_APPROVER_ONLY`: Only an approver of the issuing office may suspend or revoke the licence
             *     - `EVENT_FORBIDDEN`: {reasons}
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_OFFICE_ONLY" | "COMPLAINT_APPROVER_ONLY" | "EVENT_FORBIDDEN" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `COMPLAINT_NOT_FOUND`: No such complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `COMPLAINT_ACTION_NOT_ALLOWED`: A complaint that is {status} does not take {action}
             *     - `COMPLAINT_LICENCE_NOT_OPERATING`: Licence {number} cannot be {action} now (it is {status})
             *     - `COMPLAINT_CHANGED_CONCURRENTLY`: The complaint was changed by someone else meanwhile: reload it and try again
             *     - `EVENT_NOT_ACCEPTED`: {event} is not possible while the application is in state '{state}'; {allowed}
             *     - `APPLICATION_CHANGED_CONCURRENTLY`: Someone else changed this application at the same moment: reload it and try again
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_ACTION_NOT_ALLOWED" | "COMPLAINT_LICENCE_NOT_OPERATING" | "COMPLAINT_CHANGED_CONCURRENTLY" | "EVENT_NOT_ACCEPTED" | "APPLICATION_CHANGED_CONCURRENTLY";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    complaints_photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                photoId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The photo, with its detected Content-Type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `COMPLAINT_NOT_FOUND`: No such complaint
             *     - `COMPLAINT_PHOTO_NOT_FOUND`: No such photo on this complaint
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_NOT_FOUND" | "COMPLAINT_PHOTO_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                    "image/png": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_NOT_FOUND" | "COMPLAINT_PHOTO_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
            /** @description - `DOCUMENT_CONTENT_UNAVAILABLE`: The document store could not be reached or answered badly: {detail} */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_CONTENT_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                    "image/png": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_CONTENT_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                };
            };
        };
    };
    complaints_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `COMPLAINT_HOLDER_ONLY`: Only the licence holder may answer this complaint
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_HOLDER_ONLY" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `COMPLAINT_NOT_FOUND`: No such complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `COMPLAINT_RESPONSE_NOT_OPEN`: The holder answers once, after the office has accepted the complaint
             *     - `COMPLAINT_CHANGED_CONCURRENTLY`: The complaint was changed by someone else meanwhile: reload it and try again
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_RESPONSE_NOT_OPEN" | "COMPLAINT_CHANGED_CONCURRENTLY";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    complaints_triage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TriageComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `COMPLAINT_OFFICE_ONLY`: Only staff of the office that issued the licence may act on this complaint
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_OFFICE_ONLY" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `COMPLAINT_NOT_FOUND`: No such complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `COMPLAINT_ACTION_NOT_ALLOWED`: A complaint that is {status} does not take {action}
             *     - `COMPLAINT_CHANGED_CONCURRENTLY`: The complaint was changed by someone else meanwhile: reload it and try again
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_ACTION_NOT_ALLOWED" | "COMPLAINT_CHANGED_CONCURRENTLY";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    complaints_findLicences: {
        parameters: {
            query?: {
                /** @description Part of the premises address, at least 4 characters; licences in force or suspended, at most 10 */
                address?: string;
                /** @description The licence number, exactly */
                number?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintLicenceListView"];
                };
            };
            /**
             * @description - `COMPLAINT_SEARCH_INVALID`: Give either a licence number or at least 4 characters of an address
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_SEARCH_INVALID" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `COMPLAINT_LICENCE_NOT_FOUND`: No licence {number} in force or suspended */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMPLAINT_LICENCE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    complaints_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintListView"];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    complaints_ofOffice: {
        parameters: {
            query?: {
                status?: "received" | "dismissed" | "accepted" | "inspected" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintListView"];
                };
            };
            /** @description - `VALIDATION_FAILED`: The request is invalid: {problems} */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    complaints_uploadPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description JPEG or PNG, at most DOCUMENT_MAX_BYTES; the type is detected from the content
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintPhotoView"];
                };
            };
            /**
             * @description - `DOCUMENT_FILE_MISSING`: Attach the document as the multipart field 'file'
             *     - `DOCUMENT_UPLOAD_INVALID`: The multipart upload is malformed: {detail}
             *     - `DOCUMENT_EMPTY`: The file is empty (0 bytes)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_FILE_MISSING" | "DOCUMENT_UPLOAD_INVALID" | "DOCUMENT_EMPTY";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `DOCUMENT_TOO_LARGE`: A document may be at most {limit} */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /**
             * @description - `DOCUMENT_TYPE_NOT_ALLOWED`: Only PDF, JPEG and PNG documents are accepted; the content of this file is {detected}
             *     - `COMPLAINT_PHOTO_TYPE_NOT_ALLOWED`: A photo must be a JPEG or PNG image
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_TYPE_NOT_ALLOWED" | "COMPLAINT_PHOTO_TYPE_NOT_ALLOWED";
                        /** @enum {number} */
                        statusCode?: 415;
                    };
                };
            };
            /** @description - `DOCUMENT_POLYGLOT`: The file is a {type} that also carries other content ({reason}); save it again as a plain {type} */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_POLYGLOT";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `RATE_LIMITED`: Too many requests: try again in {seconds} seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        /** @enum {number} */
                        statusCode?: 429;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
            /** @description - `DOCUMENT_CONTENT_UNAVAILABLE`: The document store could not be reached or answered badly: {detail} */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DOCUMENT_CONTENT_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                };
            };
        };
    };
    devInbox_mailbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the local mailbox (maildev) that `npm start` runs */
            302: {
                headers: {
                    /** @description The mailbox’s web page (DEV_MAILBOX_URL) */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `DEV_MAILBOX_UNAVAILABLE`: There is no local mailbox or SMS inbox here (development only) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DEV_MAILBOX_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    devInbox_localSms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocalSmsView"][];
                };
            };
            /** @description - `DEV_MAILBOX_UNAVAILABLE`: There is no local mailbox or SMS inbox here (development only) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "DEV_MAILBOX_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    grants_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantListView"];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    grants_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGrantDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDetailView"];
                };
            };
            /**
             * @description - `GRANT_VALID_UNTIL_PAST`: The grant must run at least until today ({today}); {validUntil} has passed
             *     - `GRANT_VALID_UNTIL_TOO_FAR`: A grant may run for at most one year, until {latest} at the latest
             *     - `GRANT_LICENCE_TYPES_INVALID`: Name at least one licence type, or choose all licence types (not both)
             *     - `LICENCE_TYPE_UNKNOWN`: There is no licence type '{slug}'
             *     - `NATIONAL_ID_INVALID`: {problemEn}
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "GRANT_VALID_UNTIL_PAST" | "GRANT_VALID_UNTIL_TOO_FAR" | "GRANT_LICENCE_TYPES_INVALID" | "LICENCE_TYPE_UNKNOWN" | "NATIONAL_ID_INVALID" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `NOT_AUTHORISED_DIRECTOR`: You are not an authorised director of {nameEn} ({registrationNumber}), so you cannot apply on its behalf
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOT_AUTHORISED_DIRECTOR" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `CITIZEN_NOT_FOUND`: The civil registry has no record of national ID {nationalId} */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CITIZEN_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `GRANT_ALREADY_ACTIVE`: You already have a grant in force for {agentEn}; revoke it before granting again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "GRANT_ALREADY_ACTIVE";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /**
             * @description - `GRANT_AGENT_IS_PRINCIPAL`: You cannot grant yourself
             *     - `LICENCE_TYPE_NOT_OPEN`: Licence type '{slug}' has no published workflow yet, so it cannot be applied for
             *     - `JURISTIC_PERSON_NOT_ACTIVE`: {nameEn} is registered as "{statusEn}": only an active juristic person can apply
             *     - `ACCOUNT_HAS_NO_NATIONAL_ID`: This account has no national ID, so no government data can be fetched for it; sign in with Digital ID
             *     - `ACCOUNT_NOT_IN_CIVIL_REGISTRY`: The civil registry has no record of this account's national ID
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "GRANT_AGENT_IS_PRINCIPAL" | "LICENCE_TYPE_NOT_OPEN" | "JURISTIC_PERSON_NOT_ACTIVE" | "ACCOUNT_HAS_NO_NATIONAL_ID" | "ACCOUNT_NOT_IN_CIVIL_REGISTRY";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    grants_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDetailView"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `GRANT_NOT_FOUND`: No such grant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "GRANT_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    grants_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeGrantDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDetailView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `GRANT_ONLY_PRINCIPAL`: Only the principal (or an authorised director of the principal company) may revoke a grant
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "GRANT_ONLY_PRINCIPAL" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `GRANT_NOT_FOUND`: No such grant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "GRANT_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `GRANT_ALREADY_REVOKED`: This grant has already been revoked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "GRANT_ALREADY_REVOKED";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    health_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "message": "Could not connect",
                         *         "responseTime": 3005,
                         *         "status": "down"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "message": "Could not connect",
                         *         "responseTime": 3005,
                         *         "status": "down"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
                };
            };
        };
    };
    payments_heldPayments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Held payments and refunds under way, oldest first (at most 500) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeldPaymentsView"];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    anchoring_list: {
        parameters: {
            query?: {
                /** @description Only anchors of dates before this one (the previous page’s `nextBefore`) */
                before?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryAnchorListView"];
                };
            };
            /** @description - `VALIDATION_FAILED`: The request is invalid: {problems} */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    anchoring_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryAnchorView"];
                };
            };
            /** @description - `HISTORY_ANCHOR_DATE_MALFORMED`: The date {date} must be written YYYY-MM-DD (Gregorian), e.g. 2026-12-01 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "HISTORY_ANCHOR_DATE_MALFORMED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /** @description - `HISTORY_ANCHOR_NOT_FOUND`: No history anchor was published for {date} */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "HISTORY_ANCHOR_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    holidays_list: {
        parameters: {
            query?: {
                /** @description Gregorian year; the current year in Bangkok when omitted */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayListView"];
                };
            };
            /** @description - `VALIDATION_FAILED`: The request is invalid: {problems} */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    catalogue_licenceTypes: {
        parameters: {
            query?: {
                /** @description Part of a Thai or English name; Thai needs no word spaces */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceTypeSummaryView"][];
                };
            };
            /** @description - `VALIDATION_FAILED`: The request is invalid: {problems} */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    catalogue_licenceType: {
        parameters: {
            query?: {
                /** @description A published version (an application's own, `licenceType.workflowVersion`); the current one when left out */
                version?: number;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceTypeView"];
                };
            };
            /** @description - `VALIDATION_FAILED`: The request is invalid: {problems} */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `LICENCE_TYPE_NOT_FOUND`: No licence type '{slug}'
             *     - `LICENCE_TYPE_NOT_PUBLISHED`: Licence type '{slug}' has no published workflow yet
             *     - `WORKFLOW_NOT_FOUND`: No workflow {slug} version {version}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_TYPE_NOT_FOUND" | "LICENCE_TYPE_NOT_PUBLISHED" | "WORKFLOW_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    catalogue_workflow: {
        parameters: {
            query?: {
                format?: "json" | "mermaid";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or a Mermaid state diagram as text with ?format=mermaid */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowView"];
                    "text/plain": string;
                };
            };
            /** @description - `VALIDATION_FAILED`: The request is invalid: {problems} */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `LICENCE_TYPE_NOT_FOUND`: No licence type '{slug}'
             *     - `LICENCE_TYPE_NOT_PUBLISHED`: Licence type '{slug}' has no published workflow yet
             *     - `WORKFLOW_NOT_FOUND`: No workflow {slug} version {version}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_TYPE_NOT_FOUND" | "LICENCE_TYPE_NOT_PUBLISHED" | "WORKFLOW_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    licences_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceSummaryView"][];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    licences_describe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceView"];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `LICENCE_NOT_FOUND`: No licence {number} that you can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    licences_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed PDF (attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `LICENCE_NOT_FOUND`: No licence {number} that you can see
             *     - `LICENCE_NOT_ISSUED_YET`: Licence {number} is still being issued
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_NOT_FOUND" | "LICENCE_NOT_ISSUED_YET";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    applicantData_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicantDataView"];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /**
             * @description - `ACCOUNT_HAS_NO_NATIONAL_ID`: This account has no national ID, so no government data can be fetched for it; sign in with Digital ID
             *     - `ACCOUNT_NOT_IN_CIVIL_REGISTRY`: The civil registry has no record of this account's national ID
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ACCOUNT_HAS_NO_NATIONAL_ID" | "ACCOUNT_NOT_IN_CIVIL_REGISTRY";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    notifications_list: {
        parameters: {
            query?: {
                /** @description The id of the last notification of the previous page: the next page is older than it */
                before?: string;
                limit?: number;
                /** @description Only those the caller has not read */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, `limit` at a time (50 by default, at most 100); the next page with `before` = the last id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationView"][];
                };
            };
            /**
             * @description - `NOTIFICATION_CURSOR_INVALID`: before must be the id of a notification in your list
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOTIFICATION_CURSOR_INVALID" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    notifications_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationView"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `NOTIFICATION_NOT_FOUND`: No such notification */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOTIFICATION_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    notifications_getPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thai and in-app only until set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesView"];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    notifications_putPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesDto"];
            };
        };
        responses: {
            /** @description As stored: the mobile number in E.164 (+66…) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesView"];
                };
            };
            /**
             * @description - `NOTIFICATION_EMAIL_INVALID`: The email address is not valid
             *     - `NOTIFICATION_EMAIL_REQUIRED`: Give an email address to receive notifications by email
             *     - `NOTIFICATION_PHONE_INVALID`: The mobile number is not valid: a Thai number of 10 digits starting 06, 08 or 09 (or +66)
             *     - `NOTIFICATION_PHONE_REQUIRED`: Give a mobile number to receive notifications by SMS
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOTIFICATION_EMAIL_INVALID" | "NOTIFICATION_EMAIL_REQUIRED" | "NOTIFICATION_PHONE_INVALID" | "NOTIFICATION_PHONE_REQUIRED" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    notifications_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedReadView"];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    notifications_unreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountView"];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    openData_dcat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON-LD */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": {
                        "@context": {
                            [key: string]: string;
                        };
                        /** Format: uri */
                        "@id": string;
                        /** @enum {string} */
                        "@type": "dcat:Catalog";
                        "dcat:dataset": {
                            [key: string]: unknown;
                        }[];
                        "dct:description"?: {
                            [key: string]: unknown;
                        }[];
                        "dct:license"?: {
                            [key: string]: unknown;
                        };
                        "dct:modified"?: {
                            [key: string]: unknown;
                        };
                        "dct:publisher"?: {
                            [key: string]: unknown;
                        };
                        "dct:title"?: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    openData_csv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV (columns: GET /open-data/processing-statistics/dictionary) */
            200: {
                headers: {
                    /** @description The snapshot body’s tag */
                    ETag?: string;
                    /** @description When the snapshot was generated */
                    "Last-Modified"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not modified since the tag or date given */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    openData_json: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The snapshot body’s tag */
                    ETag?: string;
                    /** @description When the snapshot was generated */
                    "Last-Modified"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataDownloadView"];
                };
            };
            /** @description Not modified since the tag or date given */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    openData_ckan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CkanPackageShowView"];
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    openData_dictionary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataDictionaryView"];
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    payments_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptHeldPaymentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `HELD_PAYMENT_NOT_FOUND`: No held payment {id} in your office */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "HELD_PAYMENT_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /**
             * @description - `HELD_PAYMENT_NOT_HELD`: This payment is not held any more (it is {status}): someone has resolved it already
             *     - `HELD_PAYMENT_CANNOT_BE_ACCEPTED`: This money cannot be accepted as the fee: {why}. Refund it instead
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "HELD_PAYMENT_NOT_HELD" | "HELD_PAYMENT_CANNOT_BE_ACCEPTED";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    payments_qr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PromptPay QR code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `PAYMENT_NOT_FOUND`: No payment {id}
             *     - `PAYMENT_HAS_NO_QR`: This payment has no QR code
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYMENT_NOT_FOUND" | "PAYMENT_HAS_NO_QR";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    payments_refund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundHeldPaymentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentView"];
                };
            };
            /**
             * @description - `HELD_PAYMENT_REFUND_REFERENCE_REQUIRED`: This money did not come through the gateway: give refundReference, the office’s reference of how it paid the money back
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             *     - `INVALID_ID`: The {what} id must be a UUID
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "HELD_PAYMENT_REFUND_REFERENCE_REQUIRED" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED" | "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `HELD_PAYMENT_NOT_FOUND`: No held payment {id} in your office */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "HELD_PAYMENT_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `HELD_PAYMENT_NOT_HELD`: This payment is not held any more (it is {status}): someone has resolved it already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "HELD_PAYMENT_NOT_HELD";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `PAYMENT_REFUND_REFUSED`: The gateway refused the refund ({failureCode}): {reason}. The payment stays held */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYMENT_REFUND_REFUSED";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    payments_returnFrom3ds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentReturnView"];
                };
            };
            /** @description A browser (Accept: text/html): to the web app at /payment-return?payment=<id> */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /** @description - `PAYMENT_NOT_FOUND`: No payment {id} */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYMENT_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
            /** @description - `PAYMENT_CHECK_UNAVAILABLE`: The gateway cannot be asked right now ({reason}); the payment will be checked again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYMENT_CHECK_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                };
            };
        };
    };
    payments_gatewayForBrowsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentGatewayView"];
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    payments_webhook: {
        parameters: {
            query?: never;
            header: {
                "omise-signature": string;
                /** @description HMAC-SHA256 of timestamp.body, hex; comma-separated during key rotation */
                "Omise-Signature"?: string;
                "omise-signature-timestamp": string;
                /** @description Unix seconds; stale ones are refused */
                "Omise-Signature-Timestamp"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description An Omise event, as Omise sends it (the signature covers the exact bytes) */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookReceiptView"];
                };
            };
            /**
             * @description - `WEBHOOK_BODY_NOT_JSON`: The webhook body is not JSON
             *     - `WEBHOOK_NOT_AN_EVENT`: The webhook body is not an Omise event
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WEBHOOK_BODY_NOT_JSON" | "WEBHOOK_NOT_AN_EVENT";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `WEBHOOK_SIGNATURE_MISSING`: Webhook refused: the Omise-Signature and Omise-Signature-Timestamp headers are missing
             *     - `WEBHOOK_SIGNATURE_STALE`: Webhook refused: the signature timestamp is more than {toleranceSeconds} s away from now
             *     - `WEBHOOK_SIGNATURE_MISMATCH`: Webhook refused: the signature does not match
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WEBHOOK_SIGNATURE_MISSING" | "WEBHOOK_SIGNATURE_STALE" | "WEBHOOK_SIGNATURE_MISMATCH";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
            /** @description - `WEBHOOK_CHARGE_UNAVAILABLE`: Could not fetch {chargeId} from the gateway: {reason} */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WEBHOOK_CHARGE_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                };
            };
        };
    };
    payments_reconcile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconcileView"];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    policies_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoliciesView"];
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    payments_receipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed e-receipt (inline) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `RECEIPT_NOT_FOUND`: No receipt {receiptNumber} */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "RECEIPT_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
            /** @description - `RECEIPT_SIGNING_UNAVAILABLE`: The receipt cannot be signed now: the time-stamping service is not available ({reason}); please try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "RECEIPT_SIGNING_UNAVAILABLE";
                        /** @enum {number} */
                        statusCode?: 503;
                    };
                };
            };
        };
    };
    satisfaction_ofOffice: {
        parameters: {
            query?: {
                /** @description The id of the last rating of the previous page (its `nextBefore`) */
                before?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeRatingListView"];
                };
            };
            /**
             * @description - `SATISFACTION_CURSOR_INVALID`: `before` must be the id of a rating of your office that you were given
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SATISFACTION_CURSOR_INVALID" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /** @description - `ROLE_FORBIDDEN`: This needs one of the roles: {roles} */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    statistics_summary: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM, Bangkok); 11 months before `to` when omitted */
                from?: string;
                /** @description Only this licence type (its slug, as GET /licence-types lists it); unknown: 404 STATISTICS_LICENCE_TYPE_UNKNOWN */
                licenceType?: string;
                /** @description Only this office (agency id); unknown: 404 STATISTICS_OFFICE_UNKNOWN */
                office?: string;
                /** @description Last month (YYYY-MM, Bangkok); the current month when omitted. At most 120 months from `from`. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsSummaryView"];
                };
            };
            /**
             * @description - `STATISTICS_MONTH_RANGE_INVALID`: The month range is invalid: the first month {from} comes after the last month {to}
             *     - `STATISTICS_MONTH_RANGE_TOO_LONG`: The month range is too long ({months} months); at most {max} months can be asked for at a time
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "STATISTICS_MONTH_RANGE_INVALID" | "STATISTICS_MONTH_RANGE_TOO_LONG" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `STATISTICS_LICENCE_TYPE_UNKNOWN`: There is no licence type {slug} (see GET /api/v1/licence-types)
             *     - `STATISTICS_OFFICE_UNKNOWN`: There is no office {agency}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "STATISTICS_LICENCE_TYPE_UNKNOWN" | "STATISTICS_OFFICE_UNKNOWN";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    complaints_statistics: {
        parameters: {
            query?: {
                /** @description First month (Bangkok), YYYY-MM; default 11 months before `to` */
                from?: string;
                /** @description Last month (Bangkok), YYYY-MM; default the current month; at most 120 months in all */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintStatisticsView"];
                };
            };
            /**
             * @description - `STATISTICS_MONTH_RANGE_INVALID`: The month range is invalid: the first month {from} comes after the last month {to}
             *     - `STATISTICS_MONTH_RANGE_TOO_LONG`: The month range is too long ({months} months); at most {max} months can be asked for at a time
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "STATISTICS_MONTH_RANGE_INVALID" | "STATISTICS_MONTH_RANGE_TOO_LONG" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    statistics_licenceTypes: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM, Bangkok); 11 months before `to` when omitted */
                from?: string;
                /** @description Only this licence type (its slug, as GET /licence-types lists it); unknown: 404 STATISTICS_LICENCE_TYPE_UNKNOWN */
                licenceType?: string;
                /** @description Only this office (agency id); unknown: 404 STATISTICS_OFFICE_UNKNOWN */
                office?: string;
                /** @description Last month (YYYY-MM, Bangkok); the current month when omitted. At most 120 months from `from`. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsLicenceTypesView"];
                };
            };
            /**
             * @description - `STATISTICS_MONTH_RANGE_INVALID`: The month range is invalid: the first month {from} comes after the last month {to}
             *     - `STATISTICS_MONTH_RANGE_TOO_LONG`: The month range is too long ({months} months); at most {max} months can be asked for at a time
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "STATISTICS_MONTH_RANGE_INVALID" | "STATISTICS_MONTH_RANGE_TOO_LONG" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `STATISTICS_LICENCE_TYPE_UNKNOWN`: There is no licence type {slug} (see GET /api/v1/licence-types)
             *     - `STATISTICS_OFFICE_UNKNOWN`: There is no office {agency}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "STATISTICS_LICENCE_TYPE_UNKNOWN" | "STATISTICS_OFFICE_UNKNOWN";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    statistics_months: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM, Bangkok); 11 months before `to` when omitted */
                from?: string;
                /** @description Only this licence type (its slug, as GET /licence-types lists it); unknown: 404 STATISTICS_LICENCE_TYPE_UNKNOWN */
                licenceType?: string;
                /** @description Only this office (agency id); unknown: 404 STATISTICS_OFFICE_UNKNOWN */
                office?: string;
                /** @description Last month (YYYY-MM, Bangkok); the current month when omitted. At most 120 months from `from`. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsMonthsView"];
                };
            };
            /**
             * @description - `STATISTICS_MONTH_RANGE_INVALID`: The month range is invalid: the first month {from} comes after the last month {to}
             *     - `STATISTICS_MONTH_RANGE_TOO_LONG`: The month range is too long ({months} months); at most {max} months can be asked for at a time
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "STATISTICS_MONTH_RANGE_INVALID" | "STATISTICS_MONTH_RANGE_TOO_LONG" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `STATISTICS_LICENCE_TYPE_UNKNOWN`: There is no licence type {slug} (see GET /api/v1/licence-types)
             *     - `STATISTICS_OFFICE_UNKNOWN`: There is no office {agency}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "STATISTICS_LICENCE_TYPE_UNKNOWN" | "STATISTICS_OFFICE_UNKNOWN";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    statistics_offices: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM, Bangkok); 11 months before `to` when omitted */
                from?: string;
                /** @description Only this licence type (its slug, as GET /licence-types lists it); unknown: 404 STATISTICS_LICENCE_TYPE_UNKNOWN */
                licenceType?: string;
                /** @description Only this office (agency id); unknown: 404 STATISTICS_OFFICE_UNKNOWN */
                office?: string;
                /** @description Last month (YYYY-MM, Bangkok); the current month when omitted. At most 120 months from `from`. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsOfficesView"];
                };
            };
            /**
             * @description - `STATISTICS_MONTH_RANGE_INVALID`: The month range is invalid: the first month {from} comes after the last month {to}
             *     - `STATISTICS_MONTH_RANGE_TOO_LONG`: The month range is too long ({months} months); at most {max} months can be asked for at a time
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "STATISTICS_MONTH_RANGE_INVALID" | "STATISTICS_MONTH_RANGE_TOO_LONG" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `STATISTICS_LICENCE_TYPE_UNKNOWN`: There is no licence type {slug} (see GET /api/v1/licence-types)
             *     - `STATISTICS_OFFICE_UNKNOWN`: There is no office {agency}
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "STATISTICS_LICENCE_TYPE_UNKNOWN" | "STATISTICS_OFFICE_UNKNOWN";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    satisfactionStatistics_statistics: {
        parameters: {
            query?: {
                /** @description First month (Bangkok), YYYY-MM; default 11 months before `to` */
                from?: string;
                /** @description Only this licence type */
                licenceType?: string;
                /** @description Only this office */
                office?: string;
                /** @description Last month (Bangkok), YYYY-MM; default the current month. At most 24 months in all */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionStatisticsView"];
                };
            };
            /**
             * @description - `STATISTICS_PERIOD_INVALID`: The period is not valid: from must not be after to, and it may span at most {max} months
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "STATISTICS_PERIOD_INVALID" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    satisfactionStatistics_cells: {
        parameters: {
            query?: {
                /** @description The previous page’s `nextAfter`: the cells after this month|licence type|office */
                after?: string;
                /** @description First month (Bangkok), YYYY-MM; default 11 months before `to` */
                from?: string;
                /** @description Only this licence type */
                licenceType?: string;
                /** @description Cells per page */
                limit?: number;
                /** @description Only this office */
                office?: string;
                /** @description Last month (Bangkok), YYYY-MM; default the current month. At most 24 months in all */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionCellsView"];
                };
            };
            /**
             * @description - `STATISTICS_PERIOD_INVALID`: The period is not valid: from must not be after to, and it may span at most {max} months
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "STATISTICS_PERIOD_INVALID" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    tracking_track: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trackingNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackView"];
                };
            };
            /** @description - `TRACKING_NUMBER_NOT_FOUND`: No submitted application has tracking number {trackingNumber} */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TRACKING_NUMBER_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    anchoring_proof: {
        parameters: {
            query?: {
                /** @description The anchor’s date; the newest anchor holding the application when omitted */
                date?: string;
            };
            header?: never;
            path: {
                trackingNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryProofView"];
                };
            };
            /** @description - `VALIDATION_FAILED`: The request is invalid: {problems} */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `TRACKING_NUMBER_NOT_FOUND`: No submitted application has tracking number {trackingNumber}
             *     - `HISTORY_ANCHOR_NOT_FOUND`: No history anchor was published for {date}
             *     - `HISTORY_PROOF_NOT_ANCHORED`: The history of {trackingNumber} is in no published anchor of that date yet (anchors are published nightly; a newly submitted application joins the next one)
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TRACKING_NUMBER_NOT_FOUND" | "HISTORY_ANCHOR_NOT_FOUND" | "HISTORY_PROOF_NOT_ANCHORED";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `RATE_LIMITED`: Too many requests: try again in {seconds} seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        /** @enum {number} */
                        statusCode?: 429;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    licences_verifyUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The licence PDF (at most 10 MB)
                     */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyUploadView"];
                };
            };
            /** @description - `VERIFY_FILE_MISSING`: Attach the PDF as the multipart field "file" */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "VERIFY_FILE_MISSING";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `RATE_LIMITED`: Too many requests: try again in {seconds} seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        /** @enum {number} */
                        statusCode?: 429;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    licences_verifyNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public view: the holder’s name masked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceSummaryView"];
                };
            };
            /** @description - `LICENCE_NUMBER_UNKNOWN`: No licence numbered {number} */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "LICENCE_NUMBER_UNKNOWN";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    workQueue_queue: {
        parameters: {
            query?: {
                /** @description Only applications this staff member holds */
                assignee?: string;
                /** @description The nextCursor of the previous page, as given (opaque) */
                cursor?: string;
                /** @description Only applications due within DUE_SOON_WORKING_DAYS (2) working days and not yet overdue */
                dueSoon?: boolean;
                /** @description Only this kind of request */
                kind?: components["schemas"]["ApplicationKind"];
                /** @description Only this licence type (slug) */
                licenceType?: string;
                /** @description Items per page */
                limit?: number;
                /** @description Only applications I hold */
                mine?: boolean;
                /** @description Only applications past their due date */
                overdue?: boolean;
                /** @description Only applications with this status */
                status?: components["schemas"]["ApplicationStatus"];
                /** @description Only premises in this subdistrict (6-digit DOPA code) */
                subdistrict?: string;
                /** @description Only applications nobody holds */
                unassigned?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkQueueView"];
                };
            };
            /**
             * @description - `WORK_QUEUE_FILTER_CONFLICT`: The filters contradict each other: {conflict}
             *     - `WORK_QUEUE_BAD_CURSOR`: cursor is not a nextCursor this queue gave: reload the first page
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORK_QUEUE_FILTER_CONFLICT" | "WORK_QUEUE_BAD_CURSOR" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `WORK_QUEUE_STAFF_ONLY`: The work queue is for office staff
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORK_QUEUE_STAFF_ONLY" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    workQueue_claimMany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimManyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReassignResultView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `WORK_QUEUE_STAFF_ONLY`: The work queue is for office staff
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORK_QUEUE_STAFF_ONLY" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `ASSIGNMENT_CHANGED_CONCURRENTLY`: The application changed at the same moment (another step or assignment): reload the queue and try again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ASSIGNMENT_CHANGED_CONCURRENTLY";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `CLAIM_REFUSED`: {count} of {total} applications cannot be claimed; nothing was changed: {problems} */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CLAIM_REFUSED";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    workQueue_dashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeDashboardView"];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `ONLY_HEAD_SEES_DASHBOARD`: The office dashboard is for the head of office
             *     - `WORK_QUEUE_STAFF_ONLY`: The work queue is for office staff
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ONLY_HEAD_SEES_DASHBOARD" | "WORK_QUEUE_STAFF_ONLY" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    workQueue_reassign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReassignResultView"];
                };
            };
            /**
             * @description - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `ONLY_HEAD_MAY_ASSIGN`: Only the head of office may assign applications
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ONLY_HEAD_MAY_ASSIGN" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `ASSIGNMENT_CHANGED_CONCURRENTLY`: The application changed at the same moment (another step or assignment): reload the queue and try again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ASSIGNMENT_CHANGED_CONCURRENTLY";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /**
             * @description - `ASSIGNEE_NOT_IN_OFFICE`: {userId} is not an officer, approver or signer of your office
             *     - `REASSIGN_REFUSED`: {count} of {total} applications cannot go to {username}; nothing was changed: {problems}
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ASSIGNEE_NOT_IN_OFFICE" | "REASSIGN_REFUSED";
                        /** @enum {number} */
                        statusCode?: 422;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    workQueue_staff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeStaffView"][];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `WORK_QUEUE_STAFF_ONLY`: The work queue is for office staff
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORK_QUEUE_STAFF_ONLY" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    workQueue_listViews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedWorkQueueView"][];
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `WORK_QUEUE_STAFF_ONLY`: The work queue is for office staff
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORK_QUEUE_STAFF_ONLY" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    workQueue_createView: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkQueueViewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedWorkQueueView"];
                };
            };
            /**
             * @description - `WORK_QUEUE_VIEW_NAME_INVALID`: name must have 1 to 60 visible characters and no control characters
             *     - `WORK_QUEUE_FILTER_CONFLICT`: The filters contradict each other: {conflict}
             *     - `JSON_INVALID`: The request body is not valid JSON
             *     - `JSON_TOO_DEEP`: The request body is nested deeper than {limit} levels
             *     - `FORBIDDEN_KEY`: The request body may not contain the key '{key}'
             *     - `TEXT_CONTROL_CHARACTERS`: {field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text
             *     - `VALIDATION_FAILED`: The request is invalid: {problems}
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORK_QUEUE_VIEW_NAME_INVALID" | "WORK_QUEUE_FILTER_CONFLICT" | "JSON_INVALID" | "JSON_TOO_DEEP" | "FORBIDDEN_KEY" | "TEXT_CONTROL_CHARACTERS" | "VALIDATION_FAILED";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `WORK_QUEUE_STAFF_ONLY`: The work queue is for office staff
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORK_QUEUE_STAFF_ONLY" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /**
             * @description - `WORK_QUEUE_VIEW_NAME_TAKEN`: You already have a view named “{name}”
             *     - `WORK_QUEUE_VIEW_LIMIT`: You may keep at most {max} saved views: delete one first
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORK_QUEUE_VIEW_NAME_TAKEN" | "WORK_QUEUE_VIEW_LIMIT";
                        /** @enum {number} */
                        statusCode?: 409;
                    };
                };
            };
            /** @description - `PAYLOAD_TOO_LARGE`: The request body is larger than the {limit} allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        /** @enum {number} */
                        statusCode?: 413;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
    workQueue_deleteView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The view deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedWorkQueueView"];
                };
            };
            /** @description - `INVALID_ID`: The {what} id must be a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID";
                        /** @enum {number} */
                        statusCode?: 400;
                    };
                };
            };
            /**
             * @description - `AUTHENTICATION_REQUIRED`: Sign in first: {reason}
             *     - `TOKEN_INVALID`: The token is invalid: sign in again
             *     - `TOKEN_CLAIM_MISSING`: The token has no '{claim}' claim: sign in again
             *     - `SESSION_EXPIRED`: The session has expired: sign in again
             *     - `SESSION_REVOKED`: This session has ended (signed out, or the account's roles or office changed): sign in again
             *     - `ACCOUNT_REMOVED`: The account of this session no longer exists
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AUTHENTICATION_REQUIRED" | "TOKEN_INVALID" | "TOKEN_CLAIM_MISSING" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "ACCOUNT_REMOVED";
                        /** @enum {number} */
                        statusCode?: 401;
                    };
                };
            };
            /**
             * @description - `WORK_QUEUE_STAFF_ONLY`: The work queue is for office staff
             *     - `CSRF_TOKEN_INVALID`: A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again
             *     - `CSRF_ORIGIN_REFUSED`: A change made with the session cookie must come from this portal's own pages, not from {origin}
             *     - `ROLE_FORBIDDEN`: This needs one of the roles: {roles}
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORK_QUEUE_STAFF_ONLY" | "CSRF_TOKEN_INVALID" | "CSRF_ORIGIN_REFUSED" | "ROLE_FORBIDDEN";
                        /** @enum {number} */
                        statusCode?: 403;
                    };
                };
            };
            /** @description - `WORK_QUEUE_VIEW_NOT_FOUND`: No saved view {id} of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "WORK_QUEUE_VIEW_NOT_FOUND";
                        /** @enum {number} */
                        statusCode?: 404;
                    };
                };
            };
            /** @description - `INTERNAL_ERROR`: Something went wrong on our side; the error has been logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                        /** @enum {number} */
                        statusCode?: 500;
                    };
                };
            };
        };
    };
}
