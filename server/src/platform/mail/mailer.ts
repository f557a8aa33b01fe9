import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Something that delivers one message or throws. Built once at start-up and handed to the app. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** For logs: where mail goes (host:port), never credentials. */
  describe(): string;
}

/** SMTP settings; tests pass their own, production reads them from the environment (smtpConfigFromEnv). */
export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  pass?: string;
  from: string;
  /** Accept a self-signed certificate (loopback tests, internal relays). */
  allowSelfSigned?: boolean;
}

/**
 * SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_SECURE, MAIL_FROM. Without SMTP_HOST mail is not
 * sent: it stays in the outbox for administrators to read.
 */
export function smtpConfigFromEnv(env: NodeJS.ProcessEnv): SmtpConfig | null {
  const host = env.SMTP_HOST?.trim();
  if (!host) return null;
  const secure = env.SMTP_SECURE === 'true';
  return {
    host,
    port: Number(env.SMTP_PORT ?? (secure ? 465 : 587)),
    secure,
    user: env.SMTP_USER || undefined,
    pass: env.SMTP_PASS || undefined,
    from: env.MAIL_FROM || `xiaoguan@${host}`,
  };
}

/** A mailer over nodemailer's SMTP transport. */
export function createSmtpMailer(config: SmtpConfig): Mailer {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.user ? { auth: { user: config.user, pass: config.pass ?? '' } } : {}),
    ...(config.allowSelfSigned ? { tls: { rejectUnauthorized: false } } : {}),
  });
  return {
    async send(message) {
      await transport.sendMail({
        from: config.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
    },
    describe: () => `smtp://${config.host}:${config.port}`,
  };
}
