"""Multilingual wording of machine mail: out-of-office and delivery-failure subjects and phrases."""

from __future__ import annotations

import re

__all__ = [
    "BOUNCE_SUBJECT",
    "BOUNCE_TEXT",
    "CALENDAR_SUBJECT",
    "CREDENTIAL_ASK",
    "CREDENTIAL_PRESSURE",
    "FORWARD_SUBJECT",
    "NOTICE_SUBJECT",
    "NOTIFICATION_SETTINGS",
    "OOO_BODY",
    "OOO_SUBJECT",
    "QUOTE_START",
    "REPLY_SUBJECT",
    "SNS_BOUNCE",
    "SNS_OTHER",
]

# Subjects of out-of-office and other automatic replies (en, fr, es, ru, zh, ar, de, it, pt,
# nl, pl, ja, ko, sv...). Seeded from Outlook/Exchange, Gmail, Zimbra and the corpus.
_OOO_SUBJECT = (
    r"automatic reply|auto[- ]?reply|auto[- ]?response|autorespon|automatic response"
    r"|^\s*auto(matic)?\s*:|out of (the )?office|out-of-office|\booo\b|away from (the )?office"
    r"|\bvacation\b|on (annual )?leave|away until|\babsence\b"
    r"|réponse automatique|reponse automatique|absent(e)? du bureau|absence du bureau|\bcongés?\b"
    r"|respuesta automática|respuesta automatica|fuera de (la )?oficina|ausente|\bvacaciones\b"
    r"|автоматический ответ|автоответ|вне офиса|в отпуске|отсутств"
    r"|自动回复|自動回覆|自動回复|自动答复|不在办公室|外出|休假"
    r"|رد تلقائي|الرد التلقائي|خارج المكتب|رد آلي"
    r"|abwesenheit|automatische antwort|automatische rückantwort|nicht im büro"
    r"|risposta automatica|fuori ufficio|assente"
    r"|resposta automática|resposta automatica|ausência|fora do escritório"
    r"|automatisch antwoord|afwezig|niet aanwezig"
    r"|automatyczna odpowied|nieobecn|poza biurem"
    r"|自動応答|自動返信|不在通知|外出中|자동\s*응답|부재중|자동 회신"
    r"|frånvaro|automatiskt svar|fraværende|automatisk svar|poissa"
)
# Each phrase's first letter (or the space before "auto:"): see OOO_BODY.
OOO_SUBJECT = re.compile(
    r"(?=[\sacfnoprvавоاخر不休外自부자])(?:" + _OOO_SUBJECT + ")", re.IGNORECASE
)

# Subjects of delivery failures (DSNs and non-standard bounces).
_BOUNCE_SUBJECT = (
    r"undeliver|undelivered|not delivered|delivery (status )?notification|delivery fail|non-delivery"
    r"|mail failure|failed mail|mail failed|returning to sender|could not send|delivery warning"
    r"|has not yet been delivered|mail error|user unknown|unknown user|メールエラー|エラー通知"
    r"|delivery problem|delivery report|mail delivery|failure notice|returned mail|return(ed)? to sender"
    r"|mail system error|could not (be )?deliver|unable to deliver|delivery has failed|failed delivery"
    r"|message (was )?not (sent|delivered)|nondeliverable|non-deliverable|\bndr\b|rejected:"
    r"|warning: message .*delayed|delayed mail|delivery delay|mailbox (is )?full|over quota"
    r"|non remis|non distribuable|échec de (la )?remise|non délivré|impossible de remettre"
    r"|no se puede entregar|no entregado|error de entrega|devuelto|no se pudo entregar"
    r"|недоставлен|не доставлен|не может быть доставлено|ошибка доставки|возврат"
    r"|退信|无法投递|未送达|投递失败|系统退信|無法傳遞|配信不能|配信エラー|送信エラー|전달되지 않음|반송"
    r"|لم يتم التسليم|تعذر التسليم|فشل التسليم"
    r"|unzustellbar|nicht zustellbar|zustellung fehlgeschlagen|non recapitabile|mancata consegna"
    r"|não entregue|nao entregue|falha na entrega|onbestelbaar|niet afgeleverd|niedostarczon"
    r"|olevererbar|kan ikke leveres"
)
# Each phrase's first letter: see OOO_BODY.
BOUNCE_SUBJECT = re.compile(
    r"(?=[cdefhikmnoruwzéвноتفلエメ投无未無系退送配반전])(?:" + _BOUNCE_SUBJECT + ")", re.IGNORECASE
)

# Text of a delivery failure, for senders that bounce without a DSN part.
BOUNCE_TEXT = re.compile(
    r"could not be delivered|couldn't be delivered|was not delivered|undeliverable"
    r"|delivery (to the following recipients? )?(has )?failed|permanent(ly)? (error|fail)"
    r"|user unknown|unknown user|no such (user|mailbox|address)|mailbox (unavailable|not found|full)"
    r"|address(es)? (not found|rejected|failed)|recipient address rejected|does not exist"
    r"|unable to deliver|delivery status notification|returned mail|message rejected"
    r"|host (or domain name )?not found|quota exceeded|over quota|retry time(out)? (not )?exceeded"
    r"|\b5\.\d{1,3}\.\d{1,3}\b|\b55[0-4][ -]|this is the mail system at host|mail delivery subsystem"
    r"|i'm sorry to have to inform you|not able to deliver|message could not be sent",
    re.IGNORECASE,
)

# Body phrases of absence notices, looked for only in the new text at the top.
_OOO_BODY = (
    r"\bI am (currently )?(out of (the )?office|away|on (annual |parental |sick )?leave|on vacation|on holiday|travell?ing|absent)"
    r"|\bI('m| will be| shall be) (out of (the )?office|away|on (annual )?leave|on vacation|on holiday|absent)"
    r"|\bout of (the )?office (until|from|till)|\bwith limited (access to )?e-?mail"
    r"|\bje suis (actuellement )?(absent|en congé|en vacances|en déplacement|en mission)|\bje serai absent"
    r"|\b(estaré|estoy) (fuera de la oficina|ausente|de vacaciones|de licencia)"
    r"|\bя (нахожусь )?в отпуске|\bв отпуске (до|с)\b|\bбуду отсутствовать|\bнахожусь вне офиса|\bотсутствую"
    r"|不在办公室|我(目前|现在)?正在休假|我(将|会)?不在办公室|休假期间|外出期间"
    r"|خارج المكتب|في إجازة|سأكون غائب"
    r"|\bich bin (derzeit |zurzeit )?(nicht im büro|abwesend|im urlaub)"
    r"|\bsono (attualmente )?(fuori ufficio|assente|in ferie)"
    r"|\bestou (ausente|fora do escritório|de férias)"
    r"|\bik ben (afwezig|met vakantie|niet op kantoor)"
    r"|\bjestem (nieobecn|na urlopie|poza biurem)"
    # Responders that say what they are, and "I am not at my desk" without the word absent.
    r"|\bthis is an? (automatic(ally generated)?|automated) (reply|response|message|notification)"
    r"|\bceci est (une réponse|un message) automatique|\b(este|esta) es una? (mensaje|respuesta) automátic"
    r"|\bэто (автоматический ответ|автоматическое (сообщение|уведомление))"
    r"|\bменя (нет|не будет) (на (рабочем )?месте|в офисе)"
    r"|(此|本)(邮件|郵件)(为|是|係)?自动回复|这是一封自动回复|هذا (رد آلي|رد تلقائي)"
)
# Every Latin or Cyrillic phrase starts at a word boundary and the others with one of these
# letters: most positions fail the look-ahead at once instead of trying each phrase in
# turn (same matches, several times faster).
OOO_BODY = re.compile(
    r"(?=\b[ijoswetcбвнояэм]|[不我休外此本这خفسه])(?:" + _OOO_BODY + ")", re.IGNORECASE
)

# Where quoted history starts in plain text (a reply quoting an older message).
QUOTE_START = re.compile(
    r"^(>|-{2,}\s*(original message|message d'origine|mensaje original|исходное сообщение|原始邮件"
    r"|ursprüngliche nachricht|messaggio originale|mensagem original|forwarded message)"
    r"|(from|de|von|от|发件人|寄件者|من|da|van|od)\s*:\s*\S.*"
    r"|on .{4,80} wrote:|le .{4,80} a écrit\s*:|el .{4,80} escribió:|.{4,80} пишет:|am .{4,80} schrieb)",
    re.IGNORECASE | re.MULTILINE,
)

# A person answering or forwarding keeps the machine's subject after this prefix.
REPLY_SUBJECT = re.compile(
    r"^\s*(re|aw|sv|vs|ref|réf|rif|odp|antw|ответ|回复|回覆|答复|رد)\s*(\[\d+\])?\s*[:：]",
    re.IGNORECASE,
)
FORWARD_SUBJECT = re.compile(
    r"^\s*(fwd?|fw|tr|rv|wg|enc|i|doorst|pd|пересл|转发|轉寄|إعادة توجيه)\s*:", re.IGNORECASE
)
CALENDAR_SUBJECT = re.compile(
    r"^\s*(invitation|updated invitation|accepted|declined|tentative|canceled|cancelled)\s*:",
    re.IGNORECASE,
)
# Subjects of mail a program sends on its own, answering nobody: reminders, invitations,
# digests and newsletters. Anchored at the start, after an optional "[list]" tag, so that
# "Automatic reply: Reminder: ..." (an answer to our reminder) stays an auto-reply.
NOTICE_SUBJECT = re.compile(
    r"^\s*(\[[^\]\n]{1,60}\]\s*)?(?:"
    r"(updated |new )?(meeting )?(reminder|invitation)|abridged summary|digest\b|newsletter"
    r"|\S+ digest,? vol|(daily|weekly) (summary|digest)"
    r"|rappel|(nouvelle |mise à jour de l'|mise a jour de l')?invitation|résumé quotidien"
    r"|lettre d'information|bulletin"
    r"|recordatorio|invitación|invitacion|resumen (diario|semanal)|boletín|boletin"
    r"|напоминание|приглашение|дайджест|сводка|рассылка"
    r"|提醒|会议提醒|邀请|會議提醒|邀請|摘要|简报|簡報"
    r"|تذكير|دعوة|ملخص|نشرة)",
    re.IGNORECASE,
)
# The footer of a wiki's, tracker's or forum's notification to someone watching a page:
# "Manage notifications", "Stop watching page", "Gérer les notifications", "Dejar de
# seguir", "Управление уведомлениями", "管理通知", "إدارة الإشعارات". A program reports
# what someone did there; it answers no message of ours.
NOTIFICATION_SETTINGS = re.compile(
    r"\b(?:manage|change|edit|update)\s+(?:your\s+)?(?:e-?mail\s+)?notification(?:s|\s+settings)\b"
    r"|\bnotification\s+(?:settings|preferences)\b|\bstop\s+watching\b|\bunwatch\b"
    r"|\byou\s+are\s+receiving\s+this\s+because\s+you\s+(?:are\s+)?(?:watching|subscribed|follow)"
    r"|\bg[ée]rer\s+(?:les|vos|mes)\s+notifications\b|\bparam[èe]tres\s+de\s+notification"
    r"|\bne\s+plus\s+suivre\b|\barr[êe]ter\s+de\s+suivre\b"
    r"|\b(?:gestionar|administrar|configurar)\s+(?:las\s+|sus\s+|mis\s+)?notificaciones\b"
    r"|\bdejar\s+de\s+(?:seguir|observar|vigilar)\b"
    r"|(?<!\w)(?:управление|настро(?:йки|ить))\s+уведомлени\w*|(?<!\w)перестать\s+следить"
    r"|(?:管理|设置|設定)(?:邮件)?通知|通知设置|取消关注|停止关注"
    r"|(?:إدارة|إعدادات)\s+الإشعارات|إيقاف\s+المتابعة",
    re.IGNORECASE,
)
# Credential phishing: the mail asks its reader to verify or confirm their own account,
# username or password. An office nominating somebody never asks that of the Secretariat.
CREDENTIAL_ASK = re.compile(
    # First letters of the phrases, as in OOO_BODY: most positions fail at once.
    r"(?=\b[vcurmaп]|[验確确驗]|ال|تأ)(?:"
    r"\b(verify|confirm|validate|update|re-?enter|reactivate) your (\w+ ){0,2}"
    r"(account|username|user name|password|credentials|login|identity|mailbox)"
    r"|\b(vérifiez|confirmez|validez|mettez à jour) votre (\w+ ){0,2}"
    r"(compte|nom d'utilisateur|identifiant|mot de passe|identité|messagerie)"
    r"|\b(verifique|confirme|valide|actualice) su (\w+ ){0,2}"
    r"(cuenta|usuario|nombre de usuario|contraseña|identidad|buzón)"
    r"|\bподтвердите (\w+ ){0,2}(учетн|учётн|аккаунт|имя пользователя|логин|пароль)"
    r"|(验证|確認|确认|驗證)(您|你)的(\w{0,6})?(用户名|账户|账号|帳戶|帳號|密码|密碼|邮箱)"
    r"|(التحقق من|تأكيد) (اسم المستخدم|كلمة المرور|حساب))",
    re.IGNORECASE,
)
# What phishing adds to the ask: the password, a threat to the account, a short deadline.
CREDENTIAL_PRESSURE = re.compile(
    r"password|mot de passe|contraseña|пароль|密码|密碼|كلمة المرور"
    r"|\b(suspend|block|lock|deactivat|disabl|terminat|clos)\w* (your )?account"
    r"|account (will|may) be (suspended|blocked|locked|deactivated|disabled|closed|terminated)"
    r"|compte (sera|pourrait être) (suspendu|bloqué|désactivé|fermé)"
    r"|cuenta (será|podría ser) (suspendida|bloqueada|desactivada|cerrada)"
    r"|будет (заблокирован|приостановлен|удален|удалён)"
    r"|(将|会)被(停用|冻结|暂停|关闭|锁定)|سيتم (تعليق|إيقاف|إغلاق|حظر)"
    r"|within (24|48|72) hours|sous (24|48|72) heures|en (24|48|72) horas|в течение (24|48|72) час"
    r"|(24|48|72)\s*小时内|خلال (24|48|72) ساعة",
    re.IGNORECASE,
)
# Amazon SES notifications delivered through SNS are JSON in the body.
# The JSON may itself be a string inside the SNS envelope, hence the optional backslashes.
SNS_BOUNCE = re.compile(r'\\?"(notificationType|eventType)\\?"\s*:\s*\\?"Bounce')
SNS_OTHER = re.compile(r'\\?"(notificationType|eventType)\\?"\s*:\s*\\?"(Complaint|Delivery)')
