import { defineTexts } from '../../../i18n/define';

/**
 * The privacy notice and the accessibility statement (namespace `policies`, loaded only by these two pages).
 * A change of what the privacy notice says is a new version: here (PRIVACY_NOTICE in PrivacyPage.tsx) and in the
 * API (libs/licensing/src/applications/consent/privacy-notice.ts), whose version applicants agree to at submission.
 */
export default defineTexts(
  {
    contact: {
      email: 'อีเมลของผู้ให้บริการระบบ',
      noEmail: 'ผู้ให้บริการระบบนี้ยังไม่ได้ประกาศอีเมลสำหรับติดต่อ',
      office: 'หากท่านมีคำขออยู่ในระบบ ส่งข้อความถึงหน่วยงานที่รับคำขอของท่านได้ที่หน้าคำขอนั้น (เมนู “คำขอของฉัน” แล้วเลือกคำขอ หัวข้อ “ข้อความถึงเจ้าหน้าที่”) ชื่อหน่วยงานอยู่ในหน้าคำขอและในใบรับคำขอ',
      myApplications: 'ไปที่คำขอของฉัน',
    },
    privacy: {
      title: 'ประกาศความเป็นส่วนตัว',
      version: 'ฉบับที่ {{version}} มีผลตั้งแต่วันที่ {{date}}',
      lead: 'ประกาศนี้อธิบายว่าระบบขออนุญาตประกอบธุรกิจออนไลน์เก็บ ใช้ และเปิดเผยข้อมูลส่วนบุคคลของท่านอย่างไร ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 และท่านมีสิทธิอะไรบ้าง',
      contentsTitle: 'เนื้อหา',
      controller: {
        title: 'ผู้ควบคุมข้อมูลส่วนบุคคล',
        office:
          'หน่วยงานผู้อนุญาตที่รับคำขอของท่าน (เช่น สำนักงานเขต เทศบาล หรือส่วนราชการตามประเภทใบอนุญาต) เป็นผู้ควบคุมข้อมูลส่วนบุคคลในคำขอ ในการพิจารณาอนุญาต และในใบอนุญาต ชื่อหน่วยงานปรากฏในหน้าคำขอและในใบรับคำขอของท่าน',
        operator:
          'หน่วยงานผู้ให้บริการระบบนี้ดูแลระบบแทนหน่วยงานผู้อนุญาต ในฐานะผู้ประมวลผลข้อมูลส่วนบุคคล และเป็นผู้ควบคุมข้อมูลของบัญชีผู้ใช้ การเข้าสู่ระบบ และบันทึกความปลอดภัยของระบบ',
      },
      collect: {
        title: 'ข้อมูลที่เราเก็บ',
        digitalId: 'จาก ThaID / Digital ID เมื่อท่านเข้าสู่ระบบ: เลขประจำตัวประชาชน และชื่อ–นามสกุลภาษาไทยและภาษาอังกฤษ',
        exchange:
          'จากการเชื่อมโยงข้อมูลกับหน่วยงานรัฐ แทนการแนบสำเนาเอกสาร: ข้อมูลทะเบียนราษฎร (ชื่อ วันเกิด ที่อยู่ตามทะเบียนบ้าน) และเมื่อยื่นในนามนิติบุคคล ข้อมูลนิติบุคคล (ชื่อ สถานะ ทุนจดทะเบียน กรรมการผู้มีอำนาจ ที่ตั้งสำนักงานใหญ่) พร้อมแหล่งที่มาและเวลาที่ได้รับ',
        forms: 'ที่ท่านกรอกในแบบคำขอ: ที่ตั้งและรายละเอียดสถานประกอบการ ข้อมูลการติดต่อ วิธีรับใบอนุญาตและที่อยู่จัดส่ง',
        documents: 'เอกสารที่ท่านอัปโหลด เช่น แผนผังสถานประกอบการ ซึ่งอาจมีข้อมูลส่วนบุคคลอยู่ด้วย และภาพถ่ายที่เจ้าหน้าที่บันทึกเมื่อตรวจสถานที่',
        payments:
          'การชำระค่าธรรมเนียม: จำนวนเงิน วิธีชำระ เลขอ้างอิง และใบเสร็จ ข้อมูลบัตรที่ท่านกรอกจะส่งตรงไปยังผู้ให้บริการรับชำระเงิน ระบบนี้ไม่ได้รับหรือเก็บเลขบัตร',
        other:
          'ข้อความระหว่างท่านกับเจ้าหน้าที่ ผลการประเมินความพึงพอใจและความเห็นที่ท่านเลือกให้ การตั้งค่าการแจ้งเตือน (อีเมล หมายเลขโทรศัพท์) และบันทึกการเข้าสู่ระบบและการใช้งาน (เวลาและหมายเลข IP) เพื่อความปลอดภัย',
      },
      purposes: {
        title: 'วัตถุประสงค์และฐานทางกฎหมาย',
        lead: 'เราใช้ข้อมูลของท่านเพื่อวัตถุประสงค์ต่อไปนี้เท่านั้น',
        decision:
          'พิจารณาคำขอ ออกใบอนุญาต และดูแลใบอนุญาตภายหลัง (ต่ออายุ แก้ไข พักใช้ เพิกถอน) ฐานทางกฎหมาย: การปฏิบัติตามกฎหมายและการปฏิบัติหน้าที่ในการใช้อำนาจรัฐ (มาตรา 24 (6) และ (4)) ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558 และกฎหมายเฉพาะของใบอนุญาตแต่ละประเภท',
        records:
          'ขอข้อมูลทะเบียนราษฎรและข้อมูลนิติบุคคลจากหน่วยงานที่เก็บข้อมูลนั้น เพื่อท่านไม่ต้องแนบสำเนาเอกสาร ฐานทางกฎหมาย: การปฏิบัติหน้าที่ในการใช้อำนาจรัฐ ตามพระราชบัญญัติการบริหารงานและการให้บริการภาครัฐผ่านระบบดิจิทัล พ.ศ. 2562',
        fees: 'เรียกเก็บค่าธรรมเนียมและออกใบเสร็จ ฐานทางกฎหมาย: การปฏิบัติตามกฎหมาย',
        contact: 'แจ้งความคืบหน้าของคำขอในระบบ และทางอีเมลหรือ SMS เฉพาะเมื่อท่านเปิดใช้ ฐานทางกฎหมาย: การปฏิบัติหน้าที่ในการใช้อำนาจรัฐ',
        public:
          'ให้ผู้อื่นตรวจสอบสถานะคำขอด้วยเลขติดตาม และตรวจสอบความถูกต้องของใบอนุญาต ซึ่งแสดงชื่อแบบปิดบังบางส่วนเท่านั้น ฐานทางกฎหมาย: การปฏิบัติหน้าที่ในการใช้อำนาจรัฐ',
        security: 'รักษาความปลอดภัยของระบบ และเก็บประวัติคำขอแบบเชื่อมโยงด้วยค่าแฮชเพื่อให้ตรวจสอบได้ว่าไม่ถูกแก้ไข ฐานทางกฎหมาย: การปฏิบัติตามกฎหมายและการปฏิบัติหน้าที่ในการใช้อำนาจรัฐ',
        statistics:
          'จัดทำสถิติความพึงพอใจและอัตราการดำเนินการสำเร็จ ซึ่งเผยแพร่เป็นตัวเลขรวมรายเดือนเท่านั้น ไม่มีความเห็นหรือข้อมูลที่ระบุตัวบุคคล และไม่แสดงกลุ่มที่มีน้อยกว่า 5 ราย',
        consent:
          'การใช้ข้อมูลเพื่อพิจารณาอนุญาตเป็นไปตามกฎหมาย ไม่ได้อาศัยความยินยอมของท่าน เมื่อยื่นคำขอ ระบบจะบันทึกว่าท่านได้อ่านประกาศฉบับนี้และยินยอมตามที่ระบุไว้ (ฉบับใด เมื่อใด และครอบคลุมวัตถุประสงค์ใด) ไว้กับคำขอและในประวัติคำขอ การถอนความยินยอมไม่ทำให้การประมวลผลที่กฎหมายกำหนดต้องหยุดลง',
      },
      recipients: {
        title: 'ผู้ที่ได้รับข้อมูล',
        office: 'หน่วยงานผู้อนุญาตที่รับคำขอและเจ้าหน้าที่ที่ได้รับมอบหมาย',
        agencies: 'หน่วยงานรัฐที่กฎหมายกำหนดให้ต้องให้ความเห็นหรือตรวจสอบ และผู้ตรวจสอบที่ได้รับอนุญาต',
        registries: 'กรมการปกครองและกรมพัฒนาธุรกิจการค้า เฉพาะการขอข้อมูลทะเบียนของท่าน',
        payment: 'ผู้ให้บริการรับชำระเงินและธนาคาร เพื่อรับชำระค่าธรรมเนียมที่ท่านเลือกชำระ',
        messaging: 'ผู้ให้บริการส่งอีเมลและ SMS เฉพาะเมื่อท่านเปิดการแจ้งเตือนทางช่องทางนั้น',
        noSale: 'เราไม่ขายหรือให้ข้อมูลของท่านแก่ผู้อื่นเพื่อการตลาด หากผู้ให้บริการรายใดเก็บข้อมูลนอกประเทศไทย ต้องเป็นไปตามมาตรา 28 และ 29 ของพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคลฯ',
      },
      retention: {
        title: 'ระยะเวลาการเก็บรักษา',
        applications:
          'คำขอ เอกสาร ประวัติคำขอ และใบอนุญาต เป็นเอกสารราชการ เก็บไว้ตลอดอายุใบอนุญาต และต่อจากนั้นไม่น้อยกว่า 10 ปีตามระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ เว้นแต่กฎหมายเฉพาะกำหนดให้นานกว่านั้น',
        drafts: 'แบบร่างคำขอที่ยังไม่ได้ยื่นจะอยู่ในบัญชีของท่านจนกว่าท่านจะยกเลิก ระบบยังไม่ได้ลบแบบร่างโดยอัตโนมัติ ท่านขอให้ลบได้ตามหัวข้อสิทธิของท่าน',
        security: 'บันทึกการเข้าสู่ระบบและการใช้งานเก็บไว้เท่าที่จำเป็นต่อความปลอดภัย ตามระยะเวลาที่ผู้ให้บริการระบบกำหนด',
      },
      rights: {
        title: 'สิทธิของท่าน',
        lead: 'ท่านมีสิทธิตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ดังนี้',
        access: 'ขอเข้าถึงและขอรับสำเนาข้อมูลของท่าน (มาตรา 30) และขอรับข้อมูลในรูปแบบที่อ่านได้ด้วยเครื่อง (มาตรา 31) ในกรณีที่ใช้ได้',
        rectification:
          'ขอแก้ไขข้อมูลให้ถูกต้อง (มาตรา 35) ข้อมูลทะเบียนราษฎรหรือข้อมูลนิติบุคคลต้องแก้ไขที่หน่วยงานทะเบียนนั้นก่อน แล้วระบบจะดึงข้อมูลใหม่เมื่อท่านยื่นคำขอครั้งต่อไป',
        erasure: 'ขอให้ลบหรือทำลายข้อมูล (มาตรา 33) หรือระงับการใช้ (มาตรา 34) ในกรณีที่กฎหมายไม่ได้กำหนดให้ต้องเก็บไว้',
        objection: 'คัดค้านการเก็บ ใช้ หรือเปิดเผยข้อมูล (มาตรา 32) และถอนความยินยอมได้ทุกเมื่อ (มาตรา 19)',
        complaint: 'ร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล (สคส.) ที่ www.pdpc.or.th หากเห็นว่าการใช้ข้อมูลไม่เป็นไปตามกฎหมาย',
        how: 'ยื่นคำขอใช้สิทธิได้ทางช่องทางด้านล่าง เราจะตอบภายใน 30 วันนับแต่วันที่ได้รับคำขอ',
      },
      contactTitle: 'ช่องทางติดต่อ',
      changes: {
        title: 'การเปลี่ยนแปลงประกาศนี้',
        body: 'เมื่อประกาศนี้เปลี่ยนแปลง เราจะเผยแพร่เป็นฉบับใหม่พร้อมวันที่มีผล และขอให้ท่านอ่านและยืนยันฉบับใหม่เมื่อยื่นคำขอครั้งถัดไป คำขอที่ยื่นแล้วจะยังบันทึกฉบับที่ท่านยินยอมไว้',
      },
    },
    accessibility: {
      title: 'การเข้าถึง',
      subtitle: 'ถ้อยแถลงการเข้าถึงได้ของระบบขออนุญาตประกอบธุรกิจออนไลน์',
      lead: 'เราต้องการให้ทุกคนใช้บริการนี้ได้ รวมถึงผู้ที่ใช้แป้นพิมพ์แทนเมาส์ ผู้ใช้โปรแกรมอ่านหน้าจอ ผู้ที่ขยายหน้าจอ และผู้ที่ใช้โทรศัพท์มือถือ',
      standard: {
        title: 'มาตรฐานที่ใช้',
        body: 'เราออกแบบและทดสอบระบบตามแนวทางการเข้าถึงเนื้อหาเว็บ WCAG 2.1 ระดับ AA ระบบนี้เป็นไปตามมาตรฐานบางส่วน โดยมีข้อจำกัดที่ทราบแล้วตามรายการด้านล่าง',
      },
      testing: {
        title: 'วิธีที่เราทดสอบ',
        axe: 'ทุกครั้งที่มีการเปลี่ยนแปลงระบบ การทดสอบอัตโนมัติจะเปิดทุกหน้าในเบราว์เซอร์ Chromium และตรวจด้วย axe-core ตามกฎ WCAG 2.0 และ 2.1 ระดับ A และ AA หากพบปัญหาระดับร้ายแรงการเปลี่ยนแปลงนั้นจะไม่ผ่าน',
        sizes: 'ทุกหน้าทดสอบที่ความกว้างหน้าจอ 360 และ 1280 พิกเซล โดยต้องไม่มีการเลื่อนหน้าจอไปด้านข้างที่ 360 พิกเซล และทดสอบการขยาย 200 เปอร์เซ็นต์',
        keyboard: 'ตรวจการใช้งานด้วยแป้นพิมพ์: ลิงก์ข้ามไปยังเนื้อหาหลัก ลำดับการเลื่อนโฟกัส การย้ายโฟกัสไปยังหน้าใหม่ และสรุปข้อผิดพลาดที่รับโฟกัสและลิงก์ไปยังช่องที่ต้องแก้ไข',
        limits: 'การทดสอบอัตโนมัติพบปัญหาได้เพียงบางส่วน เรายังไม่ได้ทดสอบกับผู้ใช้ที่ใช้เทคโนโลยีสิ่งอำนวยความสะดวก และจะปรับปรุงถ้อยแถลงนี้เมื่อทดสอบแล้ว',
      },
      issues: {
        title: 'ข้อจำกัดที่ทราบแล้ว',
        diagram:
          'แผนภาพกระบวนงานในสตูดิโอกระบวนงาน (สำหรับเจ้าหน้าที่ผู้ดูแลกระบวนงาน) ใช้งานด้วยโปรแกรมอ่านหน้าจอหรือแป้นพิมพ์ไม่ได้ รายการสถานะที่แสดงคู่กันอธิบายเนื้อหาเดียวกันเป็นข้อความ',
        pdf: 'ไฟล์ PDF ของใบอนุญาต ใบเสร็จ และใบรับคำขอ ยังไม่ได้จัดโครงสร้างสำหรับโปรแกรมอ่านหน้าจอ (tagged PDF) ข้อมูลเดียวกันแสดงเป็นข้อความในหน้าคำขอ หน้าใบอนุญาต และหน้าตรวจสอบใบอนุญาต',
        documents: 'เอกสารที่ผู้ยื่นคำขออัปโหลด เช่น ภาพสแกน อาจไม่มีข้อความที่โปรแกรมอ่านหน้าจออ่านได้ ซึ่งเราไม่สามารถแก้ไขได้',
        qr: 'การชำระด้วย PromptPay ต้องสแกนคิวอาร์โค้ดภายในเวลาที่กำหนด เมื่อหมดเวลาขอคิวอาร์โค้ดใหม่ได้ หรือเลือกชำระด้วยบัตร ชำระที่เคาน์เตอร์ธนาคารด้วยใบแจ้งชำระเงิน หรือชำระที่หน่วยงาน',
        names: 'ชื่อภาษาอังกฤษของจังหวัดทุกจังหวัด และของอำเภอ/เขตและตำบล/แขวงในกรุงเทพมหานครและนนทบุรีเป็นชื่อทางการ ส่วนพื้นที่อื่นยังไม่มีชื่อภาษาอังกฤษทางการ จึงแสดงเป็นภาษาไทยแม้เลือกภาษาอังกฤษ',
        forms: 'แบบคำขอตรวจสอบความถูกต้องเมื่อท่านกดบันทึก ไม่ใช่ขณะพิมพ์ ข้อผิดพลาดทั้งหมดจะแสดงในสรุปข้อผิดพลาดหลังบันทึก',
      },
      report: {
        title: 'แจ้งปัญหาการเข้าถึง',
        body: 'หากท่านใช้งานส่วนใดไม่ได้ หรือต้องการข้อมูลในรูปแบบอื่น โปรดแจ้งเรา พร้อมที่อยู่ของหน้า สิ่งที่ท่านกำลังทำ และอุปกรณ์หรือโปรแกรมช่วยที่ใช้',
      },
      prepared: 'จัดทำถ้อยแถลงนี้เมื่อวันที่ {{date}} ตรวจทานล่าสุดเมื่อวันที่ {{date}}',
    },
  },
  {
    contact: {
      email: 'The portal operator’s email',
      noEmail: 'The operator of this portal has not published an email address yet',
      office:
        'If you have an application here, write to the office handling it on its page (“My applications”, choose the application, “Messages to the office”). The office is named on the application page and on the acknowledgement of receipt.',
      myApplications: 'Go to my applications',
    },
    privacy: {
      title: 'Privacy notice',
      version: 'Version {{version}}, in effect from {{date}}',
      lead: 'This notice explains how the online business licensing portal collects, uses and discloses your personal data under the Personal Data Protection Act B.E. 2562 (2019), and what your rights are.',
      contentsTitle: 'Contents',
      controller: {
        title: 'Who is responsible for your data',
        office:
          'The licensing office that receives your application (a district office, a municipality or a government department, depending on the licence) is the controller of the personal data in the application, its decision and the licence. It is named on your application page and on your acknowledgement of receipt.',
        operator:
          'The agency operating this portal runs it on the licensing offices’ behalf, as their processor, and is the controller of user accounts, sign-in and the portal’s security records.',
      },
      collect: {
        title: 'What we collect',
        digitalId: 'From ThaID / Digital ID when you sign in: your national ID number and your name in Thai and English',
        exchange:
          'From government records, instead of copies of documents: your civil-registration record (name, date of birth, house-registration address) and, when you apply for a company, its juristic-person record (name, status, registered capital, authorised directors, head office), with where and when each was fetched',
        forms: 'What you enter in the application form: the premises and the business, your contact details, how you want to receive the licence and any delivery address',
        documents: 'Documents you upload, such as site plans, which may contain personal data, and photos officers take when they inspect the premises',
        payments: 'Fee payments: amount, method, reference and receipt. Card details you enter go straight to the payment gateway; this portal never receives or keeps card numbers',
        other: 'Messages between you and the office, the rating and comment you choose to give, your notification settings (email, phone number), and sign-in and usage records (time and IP address) for security',
      },
      purposes: {
        title: 'Why we use it, and on what lawful basis',
        lead: 'We use your data only for these purposes',
        decision:
          'Deciding your application, issuing the licence and administering it afterwards (renewal, amendment, suspension, revocation). Lawful basis: legal obligation and public task (section 24 (6) and (4)) under the Licensing Facilitation Act B.E. 2558 (2015) and the law of each licence',
        records:
          'Fetching civil-registration and juristic-person records from the agencies that keep them, so you need not attach copies. Lawful basis: public task, under the Digital Government Administration and Services Act B.E. 2562 (2019)',
        fees: 'Collecting fees and issuing receipts. Lawful basis: legal obligation',
        contact: 'Telling you how your application progresses in the portal, and by email or SMS only if you turn them on. Lawful basis: public task',
        public: 'Letting others check an application’s status by its tracking number and verify a licence, which show a partly masked name only. Lawful basis: public task',
        security: 'Keeping the portal secure and keeping each application’s history hash-chained, so that any change to it can be detected. Lawful basis: legal obligation and public task',
        statistics: 'Producing satisfaction and completion-rate statistics, published only as monthly totals without comments or anything that identifies a person, and not for groups of fewer than 5',
        consent:
          'Using your data to decide your application rests on the law, not on your consent. When you submit, the portal records with the application and in its history that you read this notice and agreed to it: which version, when and which purposes it covers. Withdrawing your consent does not stop processing the law requires.',
      },
      recipients: {
        title: 'Who receives it',
        office: 'The licensing office handling your application and its assigned staff',
        agencies: 'Government agencies the law requires to be consulted or to check, and authorised auditors',
        registries: 'The Department of Provincial Administration and the Department of Business Development, only to look up your records',
        payment: 'The payment gateway and banks, to take the fee you choose to pay',
        messaging: 'Email and SMS providers, only if you turn on notifications by that channel',
        noSale: 'We do not sell your data or give it to anyone for marketing. A provider that keeps data outside Thailand may do so only as sections 28 and 29 of the Personal Data Protection Act allow.',
      },
      retention: {
        title: 'How long we keep it',
        applications:
          'Applications, documents, their history and licences are official records: kept while the licence is in force and for at least 10 years after, as the Regulation of the Office of the Prime Minister on Correspondence requires, unless the licence’s own law asks for longer',
        drafts: 'Drafts you never submit stay in your account until you cancel them; the portal does not yet delete drafts by itself. You may ask for one to be erased (see your rights)',
        security: 'Sign-in and usage records are kept only as long as security needs, for a period the portal operator sets',
      },
      rights: {
        title: 'Your rights',
        lead: 'Under the Personal Data Protection Act B.E. 2562 (2019) you may',
        access: 'ask for access to and a copy of your data (section 30), and to receive it in a machine-readable form (section 31) where that applies',
        rectification:
          'ask for your data to be corrected (section 35). Civil-registration and juristic-person records must first be corrected at the registry that keeps them; the portal fetches them again for your next application',
        erasure: 'ask for your data to be erased or destroyed (section 33), or its use restricted (section 34), where the law does not require it to be kept',
        objection: 'object to its collection, use or disclosure (section 32), and withdraw your consent at any time (section 19)',
        complaint: 'complain to the Office of the Personal Data Protection Committee (PDPC) at www.pdpc.or.th if you think your data is not used lawfully',
        how: 'Make a request through the contacts below. We answer within 30 days of receiving it.',
      },
      contactTitle: 'Contact',
      changes: {
        title: 'Changes to this notice',
        body: 'When this notice changes we publish a new version with the date it takes effect, and ask you to read and agree to it the next time you submit an application. Applications already submitted keep the version you agreed to.',
      },
    },
    accessibility: {
      title: 'Accessibility statement',
      subtitle: 'Accessibility statement for the online business licensing portal',
      lead: 'We want everyone to be able to use this service, including people who use a keyboard instead of a mouse, a screen reader, screen magnification or a mobile phone.',
      standard: {
        title: 'The standard',
        body: 'We design and test the portal against the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. It is partially compliant: the known issues are listed below.',
      },
      testing: {
        title: 'How we test it',
        axe: 'On every change, automated tests open every page in Chromium and check it with axe-core against the WCAG 2.0 and 2.1 A and AA rules; a serious or critical problem stops the change.',
        sizes: 'Every page is tested at screen widths of 360 and 1280 pixels, with no sideways scrolling at 360 pixels, and at 200 percent zoom.',
        keyboard: 'Keyboard checks: the skip link to the main content, the focus order, focus moving to each new page, and error summaries that take focus and link to each field to fix.',
        limits: 'Automated tests find only some problems. We have not yet tested with people who use assistive technologies, and will update this statement when we have.',
      },
      issues: {
        title: 'Known issues',
        diagram: 'The workflow diagram in the workflow studio (for the officials who maintain workflows) cannot be used with a screen reader or a keyboard. The list of states beside it says the same in words.',
        pdf: 'The PDF licences, receipts and acknowledgements of receipt are not tagged for screen readers. The same information is shown as text on the application, licence and licence verification pages.',
        documents: 'Documents applicants upload, such as scans, may have no text a screen reader can read; we cannot fix those.',
        qr: 'Paying by PromptPay means scanning a QR code within a time limit. When it runs out you can ask for a new code, or pay by card, at a bank counter with the bill payment slip, or at the office.',
        names: 'Every province, and the districts and subdistricts of Bangkok and Nonthaburi, have their official English names. Other areas have no official English names yet, so they are shown in Thai even in English.',
        forms: 'Application forms are checked when you save, not while you type; all the problems are then shown in the error summary.',
      },
      report: {
        title: 'Reporting an accessibility problem',
        body: 'If you cannot use any part of this service, or need information in another format, tell us the page address, what you were doing and the device or assistive technology you use.',
      },
      prepared: 'This statement was prepared on {{date}}. It was last reviewed on {{date}}.',
    },
  },
);
