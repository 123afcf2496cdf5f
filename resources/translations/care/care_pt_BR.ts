<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>CareReviewDialog</name>
    <message>
        <source>Care review: %1</source>
        <translation>Revisão de acompanhamento: %1</translation>
    </message>
    <message>
        <source>Review due %1. Health indicators since %2.</source>
        <translation>Revisão prevista para %1. Indicadores de saúde desde %2.</translation>
    </message>
    <message>
        <source>&amp;Service calls:</source>
        <translation>Chamados de &amp;serviço:</translation>
    </message>
    <message>
        <source>Service calls</source>
        <translation>Chamados de serviço</translation>
    </message>
    <message>
        <source>&amp;Purchases:</source>
        <translation>&amp;Compras:</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Support &amp;contacts:</source>
        <translation>Contatos com o &amp;suporte:</translation>
    </message>
    <message>
        <source>Support contacts</source>
        <translation>Contatos com o suporte</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Observações:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Confirm or cancel</source>
        <translation>Confirmar ou cancelar</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <source>&amp;Reps</source>
        <translation>&amp;Atendentes</translation>
    </message>
    <message>
        <source>No&amp;tes to the rep</source>
        <translation>No&amp;tas para o atendente</translation>
    </message>
    <message>
        <source>Calls with front-line reasons, no note &amp;yet</source>
        <translation>Ligações com motivos de atendimento, ainda sem &amp;nota</translation>
    </message>
    <message>
        <source>Note &amp;for:</source>
        <translation>Nota &amp;para:</translation>
    </message>
    <message>
        <source>Note &amp;text:</source>
        <translation>&amp;Texto da nota:</translation>
    </message>
    <message>
        <source>Reps with coaching notes</source>
        <translation>Atendentes com notas de feedback</translation>
    </message>
    <message>
        <source>Coaching notes of the selected rep</source>
        <translation>Notas de feedback do atendente selecionado</translation>
    </message>
    <message>
        <source>Calls that call for a coaching note</source>
        <translation>Ligações que pedem uma nota de feedback</translation>
    </message>
    <message>
        <source>Rep the note is for</source>
        <translation>Atendente a quem a nota se destina</translation>
    </message>
    <message>
        <source>Coaching note text</source>
        <translation>Texto da nota de feedback</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nova nota</translation>
    </message>
    <message>
        <source>New note for the selected call</source>
        <translation>Nova nota para a ligação selecionada</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Salvar nota</translation>
    </message>
    <message>
        <source>Save the coaching note</source>
        <translation>Salvar a nota de feedback</translation>
    </message>
    <message>
        <source>Mark &amp;delivered</source>
        <translation>Marcar como &amp;entregue</translation>
    </message>
    <message>
        <source>Mark the note delivered to the rep</source>
        <translation>Marcar a nota como entregue ao atendente</translation>
    </message>
    <message>
        <source>Mark &amp;acknowledged</source>
        <translation>Marcar como &amp;recebida</translation>
    </message>
    <message>
        <source>Mark the note acknowledged by the rep</source>
        <translation>Marcar a nota como recebida pelo atendente</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita em</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Atendido por</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>Palavras do cliente</translation>
    </message>
    <message>
        <source>%1 — open %2, delivered %3, acknowledged %4</source>
        <translation>%1 — abertas %2, entregues %3, recebidas %4</translation>
    </message>
    <message>
        <source>No coaching notes yet. Pick a call on the right and press Ctrl+N.</source>
        <translation>Nenhuma nota de feedback ainda. Escolha uma ligação à direita e pressione Ctrl+N.</translation>
    </message>
    <message>
        <source>Could not do that: %1</source>
        <translation>Não foi possível: %1</translation>
    </message>
    <message>
        <source>Note saved for %1.</source>
        <translation>Nota salva para %1.</translation>
    </message>
    <message>
        <source>Note marked delivered.</source>
        <translation>Nota marcada como entregue.</translation>
    </message>
    <message>
        <source>Note marked acknowledged.</source>
        <translation>Nota marcada como recebida.</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Retorno de ligação</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promessa</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Fechar o ciclo</translation>
    </message>
    <message>
        <source>Care review</source>
        <translation>Revisão de acompanhamento</translation>
    </message>
    <message>
        <source>Offer to approve</source>
        <translation>Oferta para aprovar</translation>
    </message>
    <message>
        <source>Care call</source>
        <translation>Ligação de acompanhamento</translation>
    </message>
    <message>
        <source>Offer approved</source>
        <translation>Oferta aprovada</translation>
    </message>
    <message>
        <source>Offer rejected</source>
        <translation>Oferta recusada</translation>
    </message>
    <message>
        <source>Waiting since %1</source>
        <translation>Aguardando desde %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Atrasado: %1</translation>
    </message>
    <message>
        <source>%1, cost %2, made by %3</source>
        <translation>%1, custo %2, feita por %3</translation>
    </message>
    <message>
        <source>Call the customer back with the answer. %1</source>
        <translation>Ligue de volta para o cliente com a resposta. %1</translation>
    </message>
    <message>
        <source>Kept: %1. Tell the customer and thank them.</source>
        <translation>Cumprida: %1. Avise o cliente e agradeça.</translation>
    </message>
    <message>
        <source>Since %1: %2 service calls, %3 purchases, %4 support contacts (won back %5)</source>
        <translation>Desde %1: %2 chamados de serviço, %3 compras, %4 contatos com o suporte (recuperado em %5)</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>&lt;h2&gt;Follow-ups&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Pendências&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Follow-ups, by due time</source>
        <translation>Pendências, por prazo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>&amp;Open call</source>
        <translation>&amp;Abrir ligação</translation>
    </message>
    <message>
        <source>Open the customer&apos;s call</source>
        <translation>Abrir a ligação com o cliente</translation>
    </message>
    <message>
        <source>Promise &amp;kept</source>
        <translation>Promessa &amp;cumprida</translation>
    </message>
    <message>
        <source>Mark the promise kept</source>
        <translation>Marcar a promessa como cumprida</translation>
    </message>
    <message>
        <source>&amp;Loop closed</source>
        <translation>Ciclo &amp;fechado</translation>
    </message>
    <message>
        <source>Record that the customer was told and thanked</source>
        <translation>Registrar que o cliente foi avisado e agradecido</translation>
    </message>
    <message>
        <source>Callback &amp;done</source>
        <translation>Retorno &amp;feito</translation>
    </message>
    <message>
        <source>Mark the callback done</source>
        <translation>Marcar o retorno como feito</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>&amp;Registrar revisão</translation>
    </message>
    <message>
        <source>Record the care review</source>
        <translation>Registrar a revisão de acompanhamento</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>At&amp;ualizar</translation>
    </message>
    <message>
        <source>Reload the follow-ups</source>
        <translation>Recarregar as pendências</translation>
    </message>
    <message>
        <source>%1 follow-ups, %2 overdue</source>
        <translation>Pendências: %1; atrasadas: %2</translation>
    </message>
    <message>
        <source>Nothing due. Well done.</source>
        <translation>Nada pendente. Muito bem!</translation>
    </message>
    <message>
        <source>Offers waiting for your approval: %1.</source>
        <translation>Ofertas aguardando a sua aprovação: %1.</translation>
    </message>
    <message>
        <source>The promise was kept. Call the customer, tell them it is done and thank them for their patience; then press Ctrl+L.</source>
        <translation>A promessa foi cumprida. Ligue para o cliente, conte que está resolvido e agradeça a paciência; depois pressione Ctrl+L.</translation>
    </message>
    <message>
        <source>When the promise is kept, press Ctrl+K.</source>
        <translation>Quando a promessa for cumprida, pressione Ctrl+K.</translation>
    </message>
    <message>
        <source>Review the customer&apos;s health and record it with Ctrl+R.</source>
        <translation>Revise a saúde do cliente e registre com Ctrl+R.</translation>
    </message>
    <message>
        <source>Press Enter to call; Ctrl+D when done.</source>
        <translation>Pressione Enter para ligar; Ctrl+D quando terminar.</translation>
    </message>
    <message>
        <source>An offer waits for your approval. Press Enter to open it on the Approvals page, read the call&apos;s notes and approve or reject it.</source>
        <translation>Uma oferta aguarda a sua aprovação. Pressione Enter para abri-la na página Aprovações, ler as anotações da ligação e aprová-la ou recusá-la.</translation>
    </message>
    <message>
        <source>&amp;Open in Approvals</source>
        <translation>&amp;Abrir em Aprovações</translation>
    </message>
    <message>
        <source>Open the offer on the Approvals page</source>
        <translation>Abrir a oferta na página Aprovações</translation>
    </message>
    <message>
        <source>Could not do that: %1</source>
        <translation>Não foi possível: %1</translation>
    </message>
    <message>
        <source>Promise kept. Now tell the customer and thank them.</source>
        <translation>Promessa cumprida. Agora avise o cliente e agradeça.</translation>
    </message>
    <message>
        <source>Loop closed and recorded.</source>
        <translation>Ciclo fechado e registrado.</translation>
    </message>
    <message>
        <source>Callback done.</source>
        <translation>Retorno feito.</translation>
    </message>
    <message>
        <source>Care review recorded.</source>
        <translation>Revisão de acompanhamento registrada.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>&lt;h2&gt;Reasons by responsible team&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Motivos por equipe responsável&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Ciclo:</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>The rescue cycle to show (Alt+C)</source>
        <translation>O ciclo de resgate a mostrar (Alt+C)</translation>
    </message>
    <message>
        <source>Teams, reasons and verbatims; expand with the right arrow key</source>
        <translation>Equipes, motivos e falas dos clientes; expanda com a seta para a direita</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Team / reason / verbatim</source>
        <translation>Equipe / motivo / fala</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Receita em jogo</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Todas as ligações</translation>
    </message>
    <message>
        <source>[open]</source>
        <translation>[aberto]</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Revenue is shown per currency, never added. Teams and reasons are ranked by their revenue in %1 (most customers are billed in it), then by customers.</source>
        <translation>A receita aparece por moeda, nunca somada. Equipes e motivos são ordenados pela receita em %1 (a moeda da maioria dos clientes) e depois pelo número de clientes.</translation>
    </message>
    <message>
        <source>No team responsible</source>
        <translation>Sem equipe responsável</translation>
    </message>
    <message>
        <source>“%1” — %2, %3</source>
        <translation>“%1” — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n equipe</numerusform>
            <numerusform>%n equipes</numerusform>
        </translation>
    </message>
    <message>
        <source>No reasons recorded in calls of this cycle yet.</source>
        <translation>Nenhum motivo registrado nas ligações deste ciclo ainda.</translation>
    </message>
    <message>
        <source>Could not load the insights: %1</source>
        <translation>Não foi possível carregar as análises: %1</translation>
    </message>
</context>
<context>
    <name>followups_reminder</name>
    <message>
        <source>No follow-ups due today.</source>
        <translation>Nenhuma pendência para hoje.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Pendências</translation>
    </message>
    <message>
        <source>Follow-ups due today: %1.</source>
        <translation>Pendências para hoje: %1.</translation>
    </message>
    <message>
        <source>Overdue among them: %1.</source>
        <translation>Atrasadas entre elas: %1.</translation>
    </message>
    <message>
        <source>Offers waiting for your approval: %1.</source>
        <translation>Ofertas aguardando a sua aprovação: %1.</translation>
    </message>
    <message>
        <source>&amp;Open follow-ups</source>
        <translation>&amp;Abrir pendências</translation>
    </message>
    <message>
        <source>Open the follow-ups page</source>
        <translation>Abrir a página de pendências</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Depois</translation>
    </message>
    <message>
        <source>Close the reminder</source>
        <translation>Fechar o lembrete</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>this customer is not in intensive care</source>
        <translation>este cliente não está em cuidado intensivo</translation>
    </message>
    <message>
        <source>the quantity must be at least 1</source>
        <translation>a quantidade deve ser pelo menos 1</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>a data está no futuro</translation>
    </message>
    <message>
        <source>unknown customer</source>
        <translation>cliente desconhecido</translation>
    </message>
    <message>
        <source>a count cannot be negative</source>
        <translation>uma contagem não pode ser negativa</translation>
    </message>
    <message>
        <source>this customer is looked after by another agent</source>
        <translation>este cliente é acompanhado por outro atendente</translation>
    </message>
</context>
</TS>
