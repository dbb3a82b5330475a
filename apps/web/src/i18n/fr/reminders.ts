import type { Message } from '../types.js';

/**
 * French: reminders (Réglages → Rappels, the one-time offer on the diary home, the notification itself).
 * Reminder texts are discreet on purpose: a notification shows on a locked screen.
 */
export const remindersFr = {
  'reminders.title': 'Rappels',
  'reminders.intro':
    'Un petit rappel, aux jours et à l’heure que vous choisissez, pour penser à noter votre journée. Vous pouvez le mettre en pause ou l’arrêter à tout moment.',
  'reminders.evidence':
    'Pourquoi 20 h par défaut : dans l’essai de l’application Drink Less (University College London, 2023), une notification à 20 h rendait l’ouverture de l’application dans l’heure suivante 3,5 fois plus probable.',
  'reminders.days': 'Jours',
  'reminders.time': 'Heure',
  'reminders.text': 'Texte du rappel',
  'reminders.textHint':
    'Il s’affiche sur l’écran du téléphone, même verrouillé : choisissez un texte discret si d’autres peuvent le voir.',
  'reminders.preset.journal': 'Un moment pour noter votre journée ?',
  'reminders.preset.evening': 'Comment s’est passée votre journée ? Oz est là si vous voulez la noter.',
  'reminders.preset.short': 'Petit rappel de votre journal.',
  'reminders.custom': 'Mon propre texte',
  'reminders.customLabel': 'Votre texte (80 caractères au plus)',
  'reminders.whatIsSent':
    'En activant les rappels, vous demandez au serveur d’Oz de garder l’adresse d’envoi des notifications de ce navigateur, les jours, l’heure et votre fuseau horaire. Rien d’autre : ni votre journal, ni le texte du rappel, qui reste sur cet appareil. Arrêter les rappels efface tout cela du serveur.',
  'reminders.enable': 'Activer les rappels',
  'reminders.save': 'Enregistrer les changements',
  'reminders.pause': 'Mettre en pause',
  'reminders.resume': 'Reprendre les rappels',
  'reminders.stop': 'Arrêter les rappels',
  'reminders.test': 'M’envoyer un rappel d’essai',
  'reminders.working': 'Un instant…',
  'reminders.statusOn': 'Rappels activés. Prochain rappel : {when}.',
  'reminders.statusPaused': 'Rappels en pause : rien ne sera envoyé tant que vous ne les reprenez pas.',
  'reminders.enabled': 'Rappels activés.',
  'reminders.saved': 'Changements enregistrés.',
  'reminders.pausedDone': 'Rappels mis en pause.',
  'reminders.resumed': 'Rappels repris.',
  'reminders.stopped': 'Rappels arrêtés. Le serveur a effacé votre abonnement.',
  'reminders.testSent': 'Rappel d’essai envoyé : il devrait arriver dans quelques secondes.',
  'reminders.unsupported':
    'Ce navigateur ne permet pas de recevoir des rappels. Essayez avec un navigateur récent (Chrome, Firefox, Edge ou Safari).',
  'reminders.iosHomeScreen':
    'Sur iPhone et iPad, les rappels ne fonctionnent que si Oz est ajouté à l’écran d’accueil. Dans Safari, touchez le bouton Partager, puis « Sur l’écran d’accueil ». Ouvrez ensuite Oz depuis son icône et revenez ici.',
  'reminders.iosUpdate':
    'Sur iPhone et iPad, les rappels demandent iOS 16.4 ou plus récent. Mettez à jour l’appareil pour les activer.',
  'reminders.permissionDenied':
    'Les notifications sont bloquées pour Oz dans ce navigateur. Autorisez-les dans les réglages du navigateur ou du téléphone, puis réessayez.',
  'reminders.permissionDismissed':
    'Vous n’avez pas autorisé les notifications : les rappels ne sont pas activés.',
  'reminders.offline': 'Pas de connexion : rien n’a été changé. Réessayez une fois en ligne.',
  'reminders.failed': 'Le serveur n’a pas pu enregistrer ce changement. Réessayez dans un moment.',
  'reminders.rateLimited': 'Trop d’essais en peu de temps. Réessayez dans quelques minutes.',
  'reminders.subscribeFailed':
    'Ce navigateur n’a pas pu s’abonner aux notifications. Réessayez plus tard, ou avec un autre navigateur.',
  'reminders.noDay': 'Choisissez au moins un jour.',
  'reminders.customEmpty': 'Écrivez votre texte, ou choisissez un texte proposé.',
  'reminders.gone':
    'Vos rappels se sont arrêtés : ce navigateur ne les accepte plus. Vous pouvez les activer à nouveau.',

  'reminders.offerTitle': 'Un rappel le soir ?',
  'reminders.offerBody':
    'Vous utilisez Oz depuis une semaine. Si vous le souhaitez, Oz peut vous envoyer un petit rappel, par exemple chaque soir à 20 h. Vous choisissez les jours, l’heure et le texte.',
  'reminders.offerYes': 'Choisir mes rappels',
  'reminders.offerNo': 'Non merci',

  'reminders.notificationTitle': 'Oz',
} as const satisfies Record<string, Message>;
